using Microsoft.EntityFrameworkCore;
using Platform.Features.Interventions.Model;
using Platform.Features.Members;
using Platform.Persistence;

namespace Platform.Features.Interventions;

/// <summary>
/// Published for the annual report to each member: the interventions that served a member's residents in a
/// year (running at some time in it). A municipality: those whose municipalities include it. The state's
/// agencies and a region: those it leads or cooperates in.
/// </summary>
internal sealed class MemberInterventions(TenantDb db)
{
    /// <summary>An intervention and its period.</summary>
    internal sealed record Item(Guid Id, string Name, DateOnly Start, DateOnly? End);

    /// <summary>Member → the interventions that served it in <paramref name="year"/>, by name.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<Item>>> ForYearAsync(int year, CancellationToken ct)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var members = await db.Members.AsNoTracking().Select(m => new { m.Id, m.Kind }).ToListAsync(ct);
        var interventions = (await db.Interventions.AsNoTracking().Where(i => i.Start <= last).ToListAsync(ct))
            .Where(i => i.End is not { } end || end >= first)
            .OrderBy(i => i.Name, StringComparer.Create(Infrastructure.SwedishTime.Culture, false)).ToList();
        return members.ToDictionary(m => m.Id, m => (IReadOnlyList<Item>)[.. interventions
            .Where(i => m.Kind == MemberKind.Municipality
                ? i.MunicipalityIds.Contains(m.Id)
                : i.LeadMemberId == m.Id || i.CooperatingMemberIds.Contains(m.Id))
            .Select(i => new Item(i.Id, i.Name, i.Start, i.End))]);
    }
}
