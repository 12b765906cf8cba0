using Microsoft.EntityFrameworkCore;
using Platform.Features.Members;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Infrastructure.Demo;

/// <summary>Provisions the demo associations, gives each its members, board work, fees, interventions, funding applications and budgets, and takes their statistics. Safe to run at every start.</summary>
internal sealed class DemoDataSeeder(
    TenantProvisioner provisioner, TenantScopeFactory tenantScopes, DemoIdentitySeeder identities, TimeProvider clock, ILogger<DemoDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var seeded = new List<TenantInfo>();
        await SeedAssociationsAsync(seeded, ct);
        await identities.SeedAsync(seeded, ct);
        await GrantParticipantStaffAsync(seeded, ct);
    }

    /// <summary>The demo participant staff (insats@{slug}.example) keep the records of every individual intervention of their association.</summary>
    private async Task GrantParticipantStaffAsync(List<TenantInfo> seeded, CancellationToken ct)
    {
        foreach (var tenant in seeded)
        {
            if (await identities.FindAsync(DemoIdentitySeeder.ParticipantStaffEmail(tenant.Slug)) is not { } user) continue;
            await using var scope = tenantScopes.CreateScope(tenant.Id);
            await ActivatorUtilities.CreateInstance<DemoInterventionSeeder>(scope.Services).GrantParticipantStaffAsync(user, ct);
        }
    }

    private async Task SeedAssociationsAsync(List<TenantInfo> seeded, CancellationToken ct)
    {
        foreach (var association in DemoAssociations.All)
        {
            var result = await provisioner.ProvisionAsync(association.Slug, association.Name, ct);
            if (result.Value?.Tenant is not { IsActive: true } tenant)
            {
                logger.LogWarning("Demo association {Tenant} not seeded: {Problem}", association.Slug, result.Problem ?? result.Value?.Tenant.Status.ToString());
                continue;
            }

            // The county is the operators' to set (the network's county views); for the demo it follows the region member.
            if (tenant.County is null
                && association.Members.FirstOrDefault(m => m.Kind == MemberKind.Region) is { } region
                && SwedishCounties.OfRegion(region.Name) is { } county)
            {
                await provisioner.SetCountyAsync(tenant.Slug, county, ct);
                tenant = tenant with { County = county };
            }

            seeded.Add(tenant);
            await using var scope = tenantScopes.CreateScope(tenant.Id);
            var db = scope.Services.GetRequiredService<TenantDb>();
            if (!await db.AssociationProfiles.AnyAsync(ct))
            {
                db.AssociationProfiles.Add(new AssociationProfile
                {
                    Name = association.Name,
                    Email = $"kansli@{association.Slug}.example",
                    // Numbers set aside by PTS for use in fiction: they reach nobody.
                    Phone = $"070-174 06 {10 + DemoAssociations.All.ToList().IndexOf(association):00}",
                    Website = $"https://{association.Slug}.example",
                });
                await db.SaveChangesAsync(ct);
            }
            if (!await db.Members.AnyAsync(ct))
            {
                db.Members.AddRange(association.Members.Select(m => new Member
                {
                    Id = Guid.CreateVersion7(clock.GetUtcNow()),
                    Kind = m.Kind,
                    Name = m.Name,
                    OrganisationNumber = m.OrganisationNumber,
                    Population = m.Population,
                    InvoiceEmail = $"faktura@{SlugRules.Transliterate(m.Name)}.example",
                    MemberFrom = association.MemberFrom,
                    MemberTo = m.MemberTo,
                }));
                await db.SaveChangesAsync(ct);
                logger.LogInformation("Seeded {Count} demo members for {Tenant}", association.Members.Count, association.Slug);
            }
            else
            {
                // Members seeded before every demo member had its organisation number (the e-invoice address) get it.
                var numbers = association.Members.ToDictionary(m => m.Name, m => m.OrganisationNumber);
                var missing = await db.Members.Where(m => m.OrganisationNumber == null).ToListAsync(ct);
                foreach (var member in missing.Where(m => numbers.ContainsKey(m.Name)))
                    member.OrganisationNumber = numbers[member.Name];
                if (missing.Count > 0) await db.SaveChangesAsync(ct);
            }
            await scope.Services.GetRequiredService<DemoBoardSeeder>().SeedAsync(association, ct);
            await scope.Services.GetRequiredService<DemoFeeSeeder>().SeedAsync(association, ct);
            await ActivatorUtilities.CreateInstance<DemoInterventionSeeder>(scope.Services).SeedAsync(association, ct);
            // After the board and the interventions: Sundsvall's grant is decided in § 73 and pays for its job consultant.
            await ActivatorUtilities.CreateInstance<DemoGrantSeeder>(scope.Services).SeedAsync(association, ct);
            // After the fees, the interventions and the board: the budget's lines come from the fee decisions and the register, and SUVS's 2022 is adopted in a paragraph.
            await ActivatorUtilities.CreateInstance<DemoBudgetSeeder>(scope.Services).SeedAsync(association, ct);
            // The network's figures from the start, instead of after the first night.
            await scope.Services.GetRequiredService<Features.Network.StatisticsJob>().RunAsync(tenant.Id, ct);
        }
    }
}
