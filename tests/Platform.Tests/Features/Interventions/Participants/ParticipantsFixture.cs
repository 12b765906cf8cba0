using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Integrations;
using Platform.Features.Interventions.Model;
using Platform.Features.Members;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Interventions.Participants;

/// <summary>
/// Roslagen with three members (Norrtälje and Täby kommun, Region Stockholm), two interventions (MIA
/// and Aktivitetshuset) and a deltagaransvarig for each; Insjöriket with its own intervention and
/// deltagaransvarig; an admin, a board member, an auditor and an integration client in Roslagen.
/// </summary>
public sealed class ParticipantsFixture : IAsyncLifetime
{
    internal PlatformFactory Platform { get; } = new();
    internal TenantInfo Roslagen { get; private set; } = null!;
    internal TenantInfo Insjoriket { get; private set; } = null!;
    internal Guid Mia { get; private set; }
    internal Guid Aktivitetshuset { get; private set; }
    internal Guid Balder { get; private set; }
    internal Guid Norrtalje { get; private set; }
    internal Guid Taby { get; private set; }
    internal Guid Region { get; private set; }
    internal const string MiaStaff = "mia@roslagen.test";
    internal const string HouseStaff = "huset@roslagen.test";
    internal const string BalderStaff = "balder@insjoriket.test";

    public async Task InitializeAsync()
    {
        Roslagen = await Platform.ProvisionAsync("roslagen", "Samordningsförbundet Roslagen");
        Insjoriket = await Platform.ProvisionAsync("insjoriket", "Samordningsförbundet Insjöriket");
        (Mia, Aktivitetshuset, Norrtalje, Taby, Region) = await SeedAsync(Roslagen, "MIA", "Aktivitetshuset");
        (Balder, _, _, _, _) = await SeedAsync(Insjoriket, "Balder", "Primus");
        await GrantAsync(Roslagen, Mia, MiaStaff);
        await GrantAsync(Roslagen, Aktivitetshuset, HouseStaff);
        await GrantAsync(Insjoriket, Balder, BalderStaff);
        await using var scope = Platform.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IntegrationClients>()
            .RegisterConfidentialAsync(Roslagen.Id, "roslagen-integration", "Ekonomisystem", null, "test", CancellationToken.None, "roslagen-secret");
        await scope.ServiceProvider.GetRequiredService<IntegrationClients>().SetWriteAsync(Roslagen.Id, "roslagen-integration", true, "test", CancellationToken.None);
    }

    private async Task<(Guid, Guid, Guid, Guid, Guid)> SeedAsync(TenantInfo tenant, string first, string second)
    {
        Guid[] ids = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
        await Platform.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            var from = new DateOnly(2010, 1, 1);
            db.Members.Add(new Member { Id = ids[2], Kind = MemberKind.Municipality, Name = "Norrtälje kommun", MemberFrom = from });
            db.Members.Add(new Member { Id = ids[3], Kind = MemberKind.Municipality, Name = "Täby kommun", MemberFrom = from });
            db.Members.Add(new Member { Id = ids[4], Kind = MemberKind.Region, Name = "Region Stockholm", MemberFrom = from });
            await db.SaveChangesAsync();
            foreach (var (id, name) in new[] { (ids[0], first), (ids[1], second) })
                db.Interventions.Add(new Intervention
                {
                    Id = id,
                    Name = name,
                    Kind = InterventionKind.Individual,
                    LeadMemberId = ids[2],
                    CooperatingMemberIds = [ids[4]],
                    MunicipalityIds = [ids[2], ids[3]],
                    Start = new DateOnly(2017, 5, 1),
                    Status = InterventionStatus.Ongoing,
                    CreatedAt = DateTime.UnixEpoch,
                });
            await db.SaveChangesAsync();
        });
        return (ids[0], ids[1], ids[2], ids[3], ids[4]);
    }

    private async Task GrantAsync(TenantInfo tenant, Guid intervention, string email)
    {
        var user = await Platform.AddPersonAsync(tenant, Roles.ParticipantStaff, email);
        await Platform.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            db.ParticipantStaff.Add(new ParticipantStaff { InterventionId = intervention, UserId = user.Id, GrantedAt = DateTime.UnixEpoch, GrantedBy = "test" });
            await db.SaveChangesAsync();
        });
    }

    private readonly Dictionary<string, HttpClient> _clients = [];

    /// <summary>One signed-in API client per person (signing in again and again would meet the attempt limits).</summary>
    internal async Task<HttpClient> ClientOfAsync(string email)
    {
        // The tests of a class run one at a time.
        if (!_clients.TryGetValue(email, out var client))
            _clients[email] = client = await Board.BoardTestKit.ApiClientAsync(Platform, Roslagen, email);
        return client;
    }

    /// <summary>The episodes of an intervention with <paramref name="code"/> (to show nothing was written).</summary>
    internal Task<int> EpisodesAsync(TenantInfo tenant, string code) =>
        Platform.InTenantAsync(tenant, s => s.GetRequiredService<TenantDb>().Episodes.CountAsync(e => e.Code == code));

    public Task DisposeAsync()
    {
        Platform.Dispose();
        return Task.CompletedTask;
    }
}
