using System.Diagnostics;
using System.Globalization;
using Platform.Features.People;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Operations;

/// <summary>
/// The operators' command line: <c>dotnet run --project src/Platform.Web -- tenants …</c>.
/// Every command is safe to run again; exit code 0 on success, 1 on a refused input, 2 on bad usage.
/// </summary>
internal static class TenantCommands
{
    public const string Usage = """
        Användning: dotnet run --project src/Platform.Web -- tenants <kommando>
          tenants add <slug> "<namn>" ["<län>"] lägg upp ett förbund (kan köras igen om det avbröts)
          tenants import <fil>                 lägg upp flera förbund, en rad per förbund: slug;namn[;län]
          tenants county <slug> "<län>"        ange förbundets län (nätverkets länsvyer), till exempel "Stockholms län"; "" tar bort det
          tenants list                         visa alla förbund
          tenants suspend <slug>               stäng ett förbund tillfälligt (svarar 503)
          tenants resume <slug>                öppna ett stängt förbund igen
          tenants add-host <slug> <värdnamn>   lägg till ett eget värdnamn för ett förbund
          tenants migrate                      uppdatera alla förbunds databaser till senaste schema
          tenants invite-admin <slug> <e-post> bjud in en administratör till ett förbund (länken gäller 7 dagar)
          tenants platform-user <e-post> <network|operator> "<namn>"
                                               ge en person en roll på plattformen (nytt konto får ett lösenord som visas en gång)
          tenants new-password <e-post>        nytt lösenord för en person på plattformen (visas en gång; alla inloggningar upphör)
        """;

    public static bool IsTenantsCommand(string[] args) => args.Length > 0 && args[0] == "tenants";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken ct)
    {
        var migrator = services.GetRequiredService<TenantMigrator>();
        await migrator.MigrateCatalogAsync(ct);
        var provisioner = services.GetRequiredService<TenantProvisioner>();

        switch (args.Skip(1).ToArray())
        {
            case ["add", var slug, var name]:
                return Report(output, slug, await TimedAsync(() => provisioner.ProvisionAsync(slug, name, ct))) ? 0 : 1;

            case ["add", var slug, var name, var county]:
                if (!Report(output, slug, await TimedAsync(() => provisioner.ProvisionAsync(slug, name, ct)))) return 1;
                return await SetCountyAsync(provisioner, slug, county, output, ct);

            case ["county", var slug, var county]:
                return await SetCountyAsync(provisioner, slug, county, output, ct);

            case ["import", var file]:
                return await ImportAsync(provisioner, file, output, ct);

            case ["list"]:
                var catalog = services.GetRequiredService<TenantCatalog>();
                output.WriteLine($"{"SLUG",-24} {"STATUS",-13} {"ID",-36} {"LÄN",-22} NAMN");
                foreach (var t in catalog.All) output.WriteLine($"{t.Slug,-24} {t.Status,-13} {t.Id,-36} {t.County ?? "–",-22} {t.Name}");
                output.WriteLine($"{catalog.All.Count} förbund.");
                return 0;

            case ["suspend" or "resume", var slug]:
                var status = args[1] == "suspend" ? TenantStatus.Suspended : TenantStatus.Active;
                var changed = await provisioner.SetStatusAsync(slug, status, ct);
                output.WriteLine(changed is null ? $"Det finns inget förbund med kortadressen \"{slug}\"." : $"{slug}: {changed.Status}");
                return changed is null ? 1 : 0;

            case ["add-host", var slug, var host]:
                var problem = await provisioner.AddHostnameAsync(slug, host, ct);
                output.WriteLine(problem ?? $"{slug}: nås nu även på {host}");
                return problem is null ? 0 : 1;

            case ["migrate"]:
                var results = await migrator.MigrateTenantsAsync(ct);
                foreach (var r in results)
                    output.WriteLine($"{r.Tenant.Slug,-24} {(r.Problem is null ? $"ok ({r.Applied} nya migreringar)" : $"FEL: {r.Problem}")}");
                output.WriteLine($"{results.Count(r => r.Problem is null)} av {results.Count} förbund har aktuellt schema.");
                return results.All(r => r.Problem is null) ? 0 : 1;

            case ["invite-admin", var slug, var email]:
                if (services.GetRequiredService<TenantCatalog>().FindBySlug(slug) is not { IsActive: true } association)
                {
                    output.WriteLine($"Det finns inget aktivt förbund med kortadressen \"{slug}\".");
                    return 1;
                }
                var invited = await services.GetRequiredService<OperatorInvitations>().InviteAdminAsync(association, email, "kommandoraden", ct);
                output.WriteLine(invited.Succeeded
                    ? $"{slug}: inbjudan till {email} ligger i förbundets utkorg och skickas av plattformen (eller: email dispatch {slug})."
                    : $"{slug}: {invited.Problem}");
                return invited.Succeeded ? 0 : 1;

            case ["platform-user", var email, var role, var name]:
                return await PlatformUserAsync(services, email, role, name, output);

            case ["new-password", var email]:
                return await NewPasswordAsync(services, email, output);

            default:
                output.WriteLine(Usage);
                return 2;
        }
    }

    /// <summary>The platform host has no outbox for reset links: an operator at the command line sets a new password instead.</summary>
    private static async Task<int> NewPasswordAsync(IServiceProvider services, string email, TextWriter output)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<PlatformUserManager>();
        if (await users.FindByEmailAsync(email) is not { } user)
        {
            output.WriteLine($"Det finns inget konto med adressen {email}.");
            return 1;
        }
        var password = OneTimePassword();
        var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password);
        if (!reset.Succeeded)
        {
            output.WriteLine(string.Join(" ", reset.Errors.Select(e => e.Description)));
            return 1;
        }
        await users.SetLockoutEndDateAsync(user, null);
        await scope.ServiceProvider.GetRequiredService<OpenIddict.Abstractions.IOpenIddictTokenManager>().RevokeBySubjectAsync(user.Id.ToString());
        output.WriteLine($"Nytt lösenord för {email} (visas bara nu, byt det efter inloggningen): {password}");
        return 0;
    }

    private static string OneTimePassword() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(15));

    private static async Task<int> PlatformUserAsync(IServiceProvider services, string email, string role, string name, TextWriter output)
    {
        if (!Roles.IsPlatformRole(role))
        {
            output.WriteLine($"Rollen måste vara {string.Join(" eller ", Roles.PlatformRoles)}.");
            return 1;
        }
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<PlatformUserManager>();
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            existing.PlatformRole = role;
            var updated = await users.UpdateAsync(existing);
            output.WriteLine(updated.Succeeded ? $"{email} har nu rollen {role}." : string.Join(" ", updated.Errors.Select(e => e.Description)));
            return updated.Succeeded ? 0 : 1;
        }
        var password = OneTimePassword();
        var (_, created) = await users.CreatePersonAsync(email, name, role, password);
        if (!created.Succeeded)
        {
            output.WriteLine(string.Join(" ", created.Errors.Select(e => e.Description)));
            return 1;
        }
        output.WriteLine($"{email} har rollen {role}. Lösenord (visas bara nu, byt det efter första inloggningen): {password}");
        return 0;
    }

    private static async Task<int> ImportAsync(TenantProvisioner provisioner, string file, TextWriter output, CancellationToken ct)
    {
        if (!File.Exists(file))
        {
            output.WriteLine($"Filen \"{file}\" finns inte.");
            return 1;
        }
        var timings = new List<double>();
        var failures = 0;
        foreach (var line in await File.ReadAllLinesAsync(file, ct))
        {
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#')) continue;
            var parts = line.Split(';', 3, StringSplitOptions.TrimEntries);
            if (parts.Length < 2)
            {
                output.WriteLine($"Hoppar över raden \"{line}\": skriv slug;namn eller slug;namn;län");
                failures++;
                continue;
            }
            var timed = await TimedAsync(() => provisioner.ProvisionAsync(parts[0], parts[1], ct));
            if (Report(output, parts[0], timed)) timings.Add(timed.Milliseconds); else failures++;
            if (parts.Length == 3 && timed.Result.Succeeded && await SetCountyAsync(provisioner, parts[0], parts[2], output, ct) != 0) failures++;
        }
        if (timings.Count > 0)
        {
            timings.Sort();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"provisioning_ms count={timings.Count} median={timings[timings.Count / 2]:F1} max={timings[^1]:F1}"));
        }
        return failures == 0 ? 0 : 1;
    }

    private static async Task<int> SetCountyAsync(TenantProvisioner provisioner, string slug, string county, TextWriter output, CancellationToken ct)
    {
        var problem = await provisioner.SetCountyAsync(slug, county, ct);
        output.WriteLine(problem ?? $"{slug}: län {(string.IsNullOrWhiteSpace(county) ? "borttaget" : county.Trim())}");
        return problem is null ? 0 : 1;
    }

    private static async Task<(Outcome<Provisioned> Result, double Milliseconds)> TimedAsync(Func<Task<Outcome<Provisioned>>> provision)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await provision();
        return (result, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>Prints the outcome; true unless the input was refused.</summary>
    private static bool Report(TextWriter output, string slug, (Outcome<Provisioned> Result, double Milliseconds) timed)
    {
        var (result, ms) = timed;
        var text = result.Value switch
        {
            { How: Provisioning.Created, Tenant: var tenant } => $"{slug}: upplagt ({tenant.Id}) på {ms:F0} ms",
            { How: Provisioning.Resumed } => $"{slug}: ett avbrutet uppläggande slutfördes på {ms:F0} ms",
            { How: Provisioning.AlreadyExisted, Tenant: var tenant } => $"{slug}: finns redan ({tenant.Status}), inget ändrat",
            _ => $"{slug}: {result.Problem}",
        };
        output.WriteLine(text);
        return result.Succeeded;
    }
}
