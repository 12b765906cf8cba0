using Microsoft.EntityFrameworkCore;
using Platform.Features.Interventions.Model;
using Platform.Features.Interventions.Results;
using Platform.Features.Network;
using Platform.Persistence;

namespace Platform.Features.Interventions;

/// <summary>
/// The interventions' part of the network statistics, per year: interventions by kind, participants
/// women and men, endings to work or studies women and men, and the cost per participant. Only these
/// aggregates leave the association: no code, birth year or date of a participant (DOMAIN.md, statistics
/// and privacy); counts of people from 1 to 4 are hidden by <see cref="Disclosure"/>, and the cost per
/// participant is not given at all when its participants are 1–4.
/// </summary>
internal sealed class InterventionStatistics(TenantDb db, ResultsLoader loader) : IStatisticsSource
{
    public async Task<IReadOnlyCollection<int>> YearsAsync(CancellationToken ct) =>
        (await db.Interventions.Select(i => i.Start).ToListAsync(ct)).Select(d => d.Year).Distinct().ToList();

    public async Task AddFiguresAsync(StatisticsSheet sheet, CancellationToken ct)
    {
        if (sheet.Years.Count == 0 || !await db.Interventions.AnyAsync(ct)) return;
        var data = await loader.LoadAsync(null, sheet.Years.Min(), sheet.Years.Max(), null, ct);
        foreach (var year in sheet.Years)
        {
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            var running = data.Interventions.Where(i => i.Start <= last && (i.End is null || i.End >= first)).ToList();
            sheet.Add(year, NetworkFigures.InterventionsIndividual, running.Count(i => i.Kind == InterventionKind.Individual));
            sheet.Add(year, NetworkFigures.InterventionsStructural, running.Count(i => i.Kind == InterventionKind.Structural));

            var participants = data.Interventions.Select(i => (Intervention: i, People: ResultsCalculator.ActiveIn(data, i.Id, first, last))).ToList();
            sheet.Add(year, NetworkFigures.ParticipantsWomen, participants.Sum(p => p.People.Women));
            sheet.Add(year, NetworkFigures.ParticipantsMen, participants.Sum(p => p.People.Men));

            var toWork = data.Interventions.Select(i => ResultsCalculator.EndedIn(data, i.Id, first, last, EndGroup.WorkOrStudies)).ToList();
            sheet.Add(year, NetworkFigures.EndedToWorkOrStudiesWomen, toWork.Sum(p => p.Women));
            sheet.Add(year, NetworkFigures.EndedToWorkOrStudiesMen, toWork.Sum(p => p.Men));

            // Only the interventions with an outcome for the year: their cost over their participants.
            var withOutcome = participants
                .Select(p => (p.People, Outcome: data.Budgets[p.Intervention.Id].FirstOrDefault(b => b.Year == year)?.CostOutcome))
                .Where(p => p.Outcome is not null).ToList();
            var people = withOutcome.Sum(p => p.People.Total);
            if (people >= Disclosure.Threshold)
                sheet.Add(year, NetworkFigures.CostPerParticipant, Math.Round((decimal)withOutcome.Sum(p => p.Outcome!.Value) / people));
        }
    }
}
