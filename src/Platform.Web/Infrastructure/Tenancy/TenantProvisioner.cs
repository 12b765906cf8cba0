using Microsoft.EntityFrameworkCore;
using Platform.Infrastructure.Persistence;
using Platform.Persistence;

namespace Platform.Infrastructure.Tenancy;

/// <summary>
/// Adds an association: registry row (Provisioning) → database created and migrated → identity row
/// → Active. Every step checks what is already done, so running it again after a crash finishes
/// the job, and running it on a finished association changes nothing.
/// </summary>
internal sealed class TenantProvisioner(
    IServiceScopeFactory scopes, TenantDatabases databases, TenantCatalog catalog, TimeProvider clock, ILogger<TenantProvisioner> logger)
{
    public const int MaxNameLength = 200;

    public async Task<Outcome<Provisioned>> ProvisionAsync(string slug, string name, CancellationToken ct)
    {
        if (SlugRules.Validate(slug) is { } slugProblem) return Outcomes.Invalid("slug", slugProblem);
        name = name.Trim();
        if (name.Length is 0 or > MaxNameLength)
            return Outcomes.Invalid("name", $"Ange förbundets namn (högst {MaxNameLength} tecken).");

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDb>();

        // Step 1: the registry row.
        var tenant = await db.Set<Tenant>().SingleOrDefaultAsync(t => t.Slug == slug, ct);
        var outcome = Provisioning.Resumed;
        switch (tenant?.Status)
        {
            case null:
                tenant = await RegisterAsync(db, slug, name, ct);
                outcome = Provisioning.Created;
                break;
            case TenantStatus.Provisioning:
                logger.LogWarning("Resuming the provisioning of {Tenant}", slug);
                break;
            case TenantStatus.Active or TenantStatus.Suspended:
                return Outcomes.Ok(new Provisioned(Provisioning.AlreadyExisted, tenant.ToInfo()));
            default:
                return Outcomes.Conflict(
                    $"Kortadressen \"{slug}\" tillhör ett förbund som avvecklas eller har tagits bort ({tenant.Status}).");
        }

        // Step 2 and 3: the database, its schema and its identity row (idempotent).
        await databases.CreateOrMigrateAsync(tenant.ToInfo(), ct);

        // Step 4: open for business.
        tenant.Status = TenantStatus.Active;
        tenant.ChangedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await catalog.RefreshAsync(ct);
        logger.LogInformation("Association {Tenant} ({TenantId}) is active", slug, tenant.Id);
        return Outcomes.Ok(new Provisioned(outcome, tenant.ToInfo()));
    }

    private async Task<Tenant> RegisterAsync(CatalogDb db, string slug, string name, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var tenant = new Tenant
        {
            Id = Guid.CreateVersion7(now),
            Slug = slug,
            Name = name,
            Status = TenantStatus.Provisioning,
            DatabaseName = slug,
            CreatedAt = now.UtcDateTime,
            ChangedAt = now.UtcDateTime,
        };
        db.Add(tenant);
        await db.SaveChangesAsync(ct);
        return tenant;
    }

    /// <summary>Sets an association's status (suspend, resume). Returns null if there is no such association.</summary>
    public async Task<TenantInfo?> SetStatusAsync(string slug, TenantStatus status, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDb>();
        var tenant = await db.Set<Tenant>().SingleOrDefaultAsync(t => t.Slug == slug, ct);
        if (tenant is null) return null;
        if (tenant.Status != status)
        {
            tenant.Status = status;
            tenant.ChangedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            await catalog.RefreshAsync(ct);
            logger.LogInformation("Association {Tenant} is now {Status}", slug, status);
        }
        return tenant.ToInfo();
    }

    /// <summary>
    /// Sets the county (län) an association works in, or clears it with null. Returns a Swedish problem,
    /// or null when done. Only the operators can: the network's county views must not move when an
    /// association renames one of its members.
    /// </summary>
    public async Task<string?> SetCountyAsync(string slug, string? county, CancellationToken ct)
    {
        county = string.IsNullOrWhiteSpace(county) ? null : county.Trim();
        if (county is not null && !SwedishCounties.All.Contains(county))
            return $"\"{county}\" är inte ett av Sveriges län. Skriv länets namn, till exempel Stockholms län.";

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDb>();
        var tenant = await db.Set<Tenant>().SingleOrDefaultAsync(t => t.Slug == slug, ct);
        if (tenant is null) return $"Det finns inget förbund med kortadressen \"{slug}\".";
        if (tenant.County == county) return null;
        tenant.County = county;
        tenant.ChangedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await catalog.RefreshAsync(ct);
        logger.LogInformation("Association {Tenant} is now in {County}", slug, county ?? "no county");
        return null;
    }

    /// <summary>Adds a custom host name to an association. Returns a Swedish problem, or null when done.</summary>
    public async Task<string?> AddHostnameAsync(string slug, string hostname, CancellationToken ct)
    {
        hostname = HostResolution.Normalize(hostname);
        if (Uri.CheckHostName(hostname) != UriHostNameType.Dns || !hostname.Contains('.', StringComparison.Ordinal))
            return $"\"{hostname}\" är inte ett giltigt värdnamn, till exempel anslag.exempelforbund.se.";

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDb>();
        var tenant = await db.Set<Tenant>().Include(t => t.Hostnames).SingleOrDefaultAsync(t => t.Slug == slug, ct);
        if (tenant is null) return $"Det finns inget förbund med kortadressen \"{slug}\".";
        var owner = await db.Set<TenantHostname>().SingleOrDefaultAsync(h => h.Hostname == hostname, ct);
        if (owner is not null)
            return owner.TenantId == tenant.Id ? null : $"Värdnamnet \"{hostname}\" används redan av ett annat förbund.";

        tenant.Hostnames.Add(new TenantHostname { Hostname = hostname, TenantId = tenant.Id });
        tenant.ChangedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await catalog.RefreshAsync(ct);
        return null;
    }
}
