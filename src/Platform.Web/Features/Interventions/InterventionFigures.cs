using Microsoft.EntityFrameworkCore;
using Platform.Features.Interventions.Model;
using Platform.Features.Interventions.Results;
using Platform.Persistence;

namespace Platform.Features.Interventions;

/// <summary>
/// Published for the reports of grants: an intervention's participants over a period, as figures only
/// (no codes, no names), counted as the results are (<see cref="ResultsCalculator"/>): people active at
/// some time in [from, to] by gender (distinct codes, by their latest episode), endings in [from, to] per
/// reason by gender, records and the counts lying wholly inside the period together.
/// </summary>
internal sealed class InterventionFigures(TenantDb db, ResultsLoader loader)
{
    /// <summary>A reason for ending: its stable code, its Swedish name.</summary>
    internal sealed record Reason(string Code, string Name);

    /// <summary>Endings for one reason, by gender.</summary>
    internal sealed record Ended(string Code, string Name, int Women, int Men);

    /// <summary>The figures of a period.</summary>
    internal sealed record Period(int Women, int Men, IReadOnlyList<Ended> EndedByReason);

    /// <summary>The association's reasons for ending that are offered (not retired), in their order.</summary>
    public async Task<IReadOnlyList<Reason>> ReasonsAsync(CancellationToken ct) =>
        await db.EndReasons.AsNoTracking().Where(r => !r.Retired).OrderBy(r => r.Order).ThenBy(r => r.Name)
            .Select(r => new Reason(r.Code, r.Name)).ToListAsync(ct);

    /// <summary>
    /// The figures of <paramref name="interventionId"/> for [from, to], or null when the platform keeps no
    /// follow-up of it (no participant records and no counts at all, or no such intervention).
    /// </summary>
    public async Task<Period?> ForPeriodAsync(Guid interventionId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var kept = await db.Episodes.AnyAsync(e => e.InterventionId == interventionId, ct)
            || await db.ParticipantCounts.AnyAsync(c => c.InterventionId == interventionId, ct);
        if (!kept) return null;
        var data = await loader.LoadAsync(interventionId, from.Year, to.Year, null, ct);
        if (data.Interventions.Count == 0) return null;

        var active = ResultsCalculator.ActiveIn(data, interventionId, from, to);
        var byReason = data.Reasons.ToDictionary(r => r.Id, _ => GenderCount.Zero);
        foreach (var e in data.Episodes[interventionId].Where(e => e.End is { } end && end >= from && end <= to && e.EndReasonId is { } id && byReason.ContainsKey(id)))
            byReason[e.EndReasonId!.Value] = byReason[e.EndReasonId.Value].Plus(e.Gender);
        foreach (var x in data.Counts[interventionId].Where(c => c.From >= from && c.To <= to).SelectMany(c => c.Ended).Where(x => byReason.ContainsKey(x.EndReasonId)))
            byReason[x.EndReasonId] = byReason[x.EndReasonId].Plus(x.Women, x.Men);
        var ended = data.Reasons.Where(r => !r.Retired || byReason[r.Id].Total > 0)
            .Select(r => new Ended(r.Code, r.Name, byReason[r.Id].Women, byReason[r.Id].Men)).ToList();
        return new Period(active.Women, active.Men, ended);
    }
}
