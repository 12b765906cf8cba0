using Platform.Features.Integrations;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Infrastructure.Demo;

/// <summary>
/// The demo sign-ins, only ever with demo data (README, "Demo logins"): an admin, a board member
/// and a deltagaransvarig (participant staff) per demo association, the network and an operator on
/// the platform, an integration client per association and one for the network. Safe to run at every start.
/// </summary>
internal sealed class DemoIdentitySeeder(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DemoIdentitySeeder> logger)
{
    public const string Password = "Demo-2026!";
    private const string Seeder = "demodata";

    public async Task SeedAsync(IEnumerable<TenantInfo> associations, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<PlatformUserManager>();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDb>();
        var clients = scope.ServiceProvider.GetRequiredService<IntegrationClients>();
        var created = 0;

        foreach (var association in associations)
        {
            created += await EnsureMemberAsync(users, db, $"admin@{association.Slug}.example", $"Kansliet {association.Name}", association.Id, Roles.Admin, ct);
            created += await EnsureMemberAsync(users, db, $"ledamot@{association.Slug}.example", $"Ledamot {association.Name}", association.Id, Roles.Board, ct);
            created += await EnsureMemberAsync(users, db, ParticipantStaffEmail(association.Slug), $"Deltagaransvarig {association.Name}", association.Id, Roles.ParticipantStaff, ct);
            if (await clients.FindAsync($"{association.Slug}-integration", ct) is null)
            {
                var (result, _) = await clients.RegisterConfidentialAsync(association.Id, $"{association.Slug}-integration",
                    $"Demointegration {association.Name}", null, Seeder, ct, secret: $"{association.Slug}-demo-secret");
                if (result.Succeeded) created++;
            }
        }

        created += await EnsurePlatformUserAsync(users, "natverk@example.org", "Nationella nätverket (demo)", Roles.Network);
        created += await EnsurePlatformUserAsync(users, "drift@example.org", "Driften (demo)", Roles.Operator);
        if (await clients.FindAsync("network-integration", ct) is null)
        {
            var (result, _) = await clients.RegisterConfidentialAsync(null, "network-integration", "Nationella nätverkets statistikhämtning (demo)",
                Roles.Network, Seeder, ct, secret: "network-demo-secret");
            if (result.Succeeded) created++;
        }
        if (created > 0) logger.LogInformation("Seeded {Count} demo identities and clients", created);
    }

    /// <summary>The association's demo deltagaransvarig: given every individual intervention of the association by <see cref="DemoDataSeeder"/>.</summary>
    public static string ParticipantStaffEmail(string slug) => $"insats@{slug}.example";

    /// <summary>The id of the demo person with this email, if seeded.</summary>
    public async Task<Guid?> FindAsync(string email)
    {
        await using var scope = scopes.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<PlatformUserManager>().FindByEmailAsync(email))?.Id;
    }

    private async Task<int> EnsureMemberAsync(PlatformUserManager users, CatalogDb db, string email, string name, TenantId tenant, string role, CancellationToken ct)
    {
        var (user, created) = await EnsureUserAsync(users, email, name, null);
        if (await db.MembershipAsync(user.Id, tenant, ct) is not null) return created;
        db.Memberships.Add(new Membership { Id = Guid.CreateVersion7(clock.GetUtcNow()), UserId = user.Id, TenantId = tenant.Value, Role = role, CreatedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
        return 1;
    }

    private static async Task<int> EnsurePlatformUserAsync(PlatformUserManager users, string email, string name, string role) =>
        (await EnsureUserAsync(users, email, name, role)).Created;

    private static async Task<(PlatformUser User, int Created)> EnsureUserAsync(PlatformUserManager users, string email, string name, string? platformRole)
    {
        if (await users.FindByEmailAsync(email) is { } existing) return (existing, 0);
        var (user, result) = await users.CreatePersonAsync(email, name, platformRole, Password);
        if (!result.Succeeded)
            throw new InvalidOperationException($"Demo user {email} could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        return (user, 1);
    }
}
