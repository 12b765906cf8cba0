using Microsoft.EntityFrameworkCore;
using Platform.Features.Budgets.Model;
using Platform.Features.Budgets.Outcome;
using Platform.Features.Budgets.Sheet;
using Platform.Infrastructure;
using Platform.Persistence;

namespace Platform.Features.Budgets.FollowUp;

/// <summary>
/// The follow-up of a year to a month: each line of the year's current budget version (the sheet's Budget column; the
/// forecast is the row's, else the budget) against the outcome (<see cref="OutcomeLedger"/>), summed per group, and the
/// balance against the ceiling for the association's own capital.
/// </summary>
internal sealed class FollowUps(BudgetSheets sheets, OutcomeLedger ledger, TenantDb db, TimeProvider clock)
{
    public const string BadMonth = "Ange en månad från 1 till 12.";

    /// <summary>The month to follow up when none is asked for: this month in the current year, else the whole year.</summary>
    public int DefaultMonth(int year) => SwedishTime.Today(clock) is var today && today.Year == year ? today.Month : 12;

    public async Task<Outcome<BudgetFollowUp>> ForAsync(int year, int month, CancellationToken ct)
    {
        if (!BudgetYears.InRange(year)) return Outcomes.NotFound(BudgetsApi.NoBudget);
        if (month is < 1 or > 12) return Outcomes.Invalid("month", BadMonth);
        if (await sheets.ForYearAsync(year, ct) is not { } sheet) return Outcomes.NotFound(BudgetsApi.NoBudget);
        var outcome = await ledger.ForYearAsync(year, ct);
        var items = await db.BudgetItems.AsNoTracking().ToDictionaryAsync(i => i.Id, ct);
        var settings = await db.ReadBudgetSettingsAsync(ct);
        var forecasts = sheet.Budget.Rows.ToDictionary(r => r.ItemId, r => r.Forecast);

        FollowUpFigures Figures(Guid item, long budget) =>
            FollowUpFigures.Of(budget, (long)Math.Round(budget * month / 12m, MidpointRounding.AwayFromZero), outcome.ToDate(item, month),
                forecasts.GetValueOrDefault(item) ?? budget);
        bool ByHand(Guid item) => outcome.ByHand.Any(c => c.Item == item && c.Month <= month);

        var lines = sheet.Lines.Select(l => new FollowUpLine(l.ItemId, l.Group.Code(), l.Heading, l.Name, Figures(l.ItemId, l[SheetColumn.Budget] ?? 0), ByHand(l.ItemId))).ToList();
        // A line with outcome that this year's budget does not have (mapped, or entered by hand) still shows, with no budget.
        foreach (var extra in outcome.Lines.Keys.Where(id => lines.All(l => l.ItemId != id) && items.ContainsKey(id)).Select(id => items[id]).OrderBy(i => i.Group).ThenBy(i => i.Order))
            lines.Add(new FollowUpLine(extra.Id, extra.Group.Code(), extra.Heading, extra.Name, Figures(extra.Id, 0), ByHand(extra.Id)));
        lines = [.. lines.OrderBy(l => items[l.ItemId].Group).ThenBy(l => items[l.ItemId].Order).ThenBy(l => l.Name, StringComparer.Ordinal)];

        var groups = Enum.GetValues<BudgetGroup>()
            .Select(g => new FollowUpGroup(g.Code(), g.SwedishLabel(), g.IsIncome(), FollowUpFigures.Sum(lines.Where(l => l.Group == g.Code()).Select(l => l.Figures))))
            .ToList();
        var income = FollowUpFigures.Sum(groups.Where(g => g.Income).Select(g => g.Figures));
        var costs = FollowUpFigures.Sum(groups.Where(g => !g.Income).Select(g => g.Figures));
        var result = FollowUpFigures.Minus(income, costs);

        var opening = sheet.Opening[(int)SheetColumn.Budget] ?? 0;
        var contributions = sheet.Sum(BudgetGroup.MemberContributions, SheetColumn.Budget) ?? 0;
        long? ceiling = settings.CapitalCeilingPercent is { } percent ? (long)Math.Round(contributions * percent / 100m, MidpointRounding.AwayFromZero) : null;
        var closing = opening + result.Forecast;
        var balance = new FollowUpBalance(opening, result.OutcomeToDate, opening + result.OutcomeToDate, result.Forecast, closing,
            settings.CapitalCeilingPercent, contributions, ceiling, closing > ceiling, closing > ceiling ? closing - ceiling : null);

        return Outcomes.Ok(new BudgetFollowUp(year, month, sheet.Budget.Version, sheet.Budget.SwedishLabel(), lines, groups, income, costs, result, balance,
            outcome.Unmapped,
            [.. outcome.Imports.Select(i => $"{i.FileName}: räkenskapsår {i.FiscalYearStart:yyyy-MM-dd}–{i.FiscalYearEnd:yyyy-MM-dd}, inläst {SwedishTime.Format(i.ImportedAt)} av {i.ImportedBy}")]));
    }
}
