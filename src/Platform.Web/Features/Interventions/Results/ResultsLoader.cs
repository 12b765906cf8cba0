using Microsoft.EntityFrameworkCore;
using Platform.Features.Interventions.Model;
using Platform.Features.Members;
using Platform.Persistence;

namespace Platform.Features.Interventions.Results;

/// <summary>Reads what the results of one intervention (or all) for whole years need, in a fixed number of queries: never one per episode.</summary>
internal sealed class ResultsLoader(TenantDb db)
{
    /// <param name="interventionId">One intervention, or null for all of them.</param>
    /// <param name="firstYear">The first whole year whose episodes, counts and budgets are read.</param>
    /// <param name="lastYear">The last whole year.</param>
    /// <param name="activityFrom">Activity months from this month on are read (to the end of <paramref name="lastYear"/>); null: none.</param>
    public async Task<ResultsData> LoadAsync(Guid? interventionId, int firstYear, int lastYear, DateOnly? activityFrom, CancellationToken ct)
    {
        var first = new DateOnly(firstYear, 1, 1);
        var last = new DateOnly(lastYear, 12, 31);
        var interventions = await db.Interventions.AsNoTracking()
            .Where(i => interventionId == null || i.Id == interventionId).OrderBy(i => i.Name).ToListAsync(ct);
        var episodesOfIntervention = db.Episodes.Where(e => interventionId == null || e.InterventionId == interventionId);
        var overlapping = episodesOfIntervention.Where(e => e.Start <= last && (e.End == null || e.End >= first));
        var episodes = await overlapping.AsNoTracking()
            .Select(e => new EpisodeFacts(e.Id, e.InterventionId, e.Code, e.Gender, e.BirthYear, e.MunicipalityId, e.ReferringMemberId,
                e.Start, e.End, e.EndReasonId, e.SupportAtStart, e.SupportAtEnd))
            .ToListAsync(ct);
        var moves = await db.EpisodeMoves.AsNoTracking()
            .Where(m => overlapping.Any(e => e.Id == m.EpisodeId) && m.On <= last).ToListAsync(ct);
        List<ActivityMonth> activity = [];
        if (activityFrom is { } monthFrom)
        {
            activity = await db.ActivityMonths.AsNoTracking()
                .Where(a => a.Month >= monthFrom && a.Month <= last && overlapping.Any(e => e.Id == a.EpisodeId)).ToListAsync(ct);
        }
        var counts = await db.ParticipantCounts.AsNoTracking().Include(c => c.Ended)
            .Where(c => (interventionId == null || c.InterventionId == interventionId) && c.From >= first && c.To <= last).ToListAsync(ct);
        var goalsOfIntervention = db.Goals.Where(g => interventionId == null || g.InterventionId == interventionId);
        var goals = await goalsOfIntervention.AsNoTracking().ToListAsync(ct);
        var followUps = await db.GoalFollowUps.AsNoTracking().Where(f => goalsOfIntervention.Any(g => g.Id == f.GoalId)).ToListAsync(ct);
        var budgets = await db.InterventionBudgets.AsNoTracking()
            .Where(b => (interventionId == null || b.InterventionId == interventionId) && b.Year >= firstYear && b.Year <= lastYear).ToListAsync(ct);
        var reasons = await db.EndReasons.AsNoTracking().OrderBy(r => r.Order).ThenBy(r => r.Name).ToListAsync(ct);
        var members = await db.Members.AsNoTracking().OrderBy(m => m.Name).ToListAsync(ct);
        return new ResultsData
        {
            Interventions = interventions,
            Episodes = episodes.ToLookup(e => e.InterventionId),
            Moves = moves.OrderBy(m => m.On).ToLookup(m => m.EpisodeId),
            Activity = activity.ToLookup(a => a.EpisodeId),
            Reasons = reasons,
            Members = members,
            Counts = counts.ToLookup(c => c.InterventionId),
            Goals = goals.OrderBy(g => g.Order).ToLookup(g => g.InterventionId),
            FollowUps = followUps.ToLookup(f => f.GoalId),
            Budgets = budgets.ToLookup(b => b.InterventionId),
        };
    }
}
