using System.Globalization;
using Platform.Features.Interventions.Model;
using Platform.Features.Interventions.Results;

namespace Platform.Features.Interventions.Finsam;

/// <summary>The figures of Uppföljning Finsam for a year, so the office types them in once.</summary>
internal sealed class FinsamReport(ResultsLoader loader)
{
    /// <summary>Reads the year ("year" is the field of its error).</summary>
    public async Task<Outcome<FinsamYear>> YearAsync(string? year, CancellationToken ct)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1990 or > 2199)
            return Outcomes.Invalid("year", "Ange ett år med fyra siffror, till exempel 2025.");
        return Outcomes.Ok(await YearAsync(y, ct));
    }

    public async Task<FinsamYear> YearAsync(int year, CancellationToken ct)
    {
        var data = await loader.LoadAsync(null, year, year, null, ct);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var rows = data.Interventions
            .Where(i => (i.Start <= last && (i.End is null || i.End >= first)) || data.Budgets[i.Id].Any())
            .Select(i =>
            {
                var budget = data.Budgets[i.Id].FirstOrDefault(b => b.Year == year);
                var people = ResultsCalculator.ActiveIn(data, i.Id, first, last);
                return new FinsamRow(i.Id, i.Name, ResultsCalculator.KindCode(i.Kind), i.Kind.SwedishLabel(), i.EsfCoFinanced,
                    budget?.CostBudget, budget?.CostOutcome, budget?.EsfCostBudget, budget?.EsfCostOutcome, budget?.PlannedParticipants,
                    people.Women, people.Men);
            })
            .ToList();
        return new FinsamYear(year, rows);
    }
}
