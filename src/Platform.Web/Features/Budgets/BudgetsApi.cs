using System.Globalization;
using Platform.Features.Budgets.Model;
using Platform.Features.Budgets.Sheet;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Budgets;

/// <summary>
/// The budget's stable contract: <c>GET /api/budgets/{year}</c> reads the year's budget in force (the adopted
/// version, else the latest proposal) with the association's token: its state, the sums of income and costs and
/// the year's result (whole kronor), the balance carried forward, and its lines with their group and amount.
/// </summary>
internal static class BudgetsApi
{
    /// <summary>A line of the year's budget: group is a stable code (memberContributions, grants, otherIncome, interventions, cooperation, administration).</summary>
    internal sealed record LineItem(string Group, string? Heading, string Name, long Amount);

    /// <summary>A later year of the plan.</summary>
    internal sealed record PlanItem(int Year, long Income, long Costs, long Result, long OpeningBalance, long ClosingBalance);

    /// <summary>The year's budget; state is förslag, fastställd or reviderad (an adopted revision); adoptedOn yyyy-MM-dd or null.</summary>
    internal sealed record BudgetItem(int Year, int Version, string State, string? AdoptedOn, string? AdoptedBy,
        long Income, long Costs, long Result, long OpeningBalance, long ClosingBalance, IReadOnlyList<LineItem> Lines, IReadOnlyList<PlanItem> Plan);

    public const string NoBudget = "Förbundet har ingen budget för det året.";

    public static IEndpointRouteBuilder MapBudgetsApi(this IEndpointRouteBuilder app)
    {
        var budgets = app.MapGroup("/api/budgets").TenantEndpoint().WithTags("Budgets");
        budgets.MapGet("{year:int}", async (int year, BudgetSheets sheets, CancellationToken ct) =>
                (!BudgetYears.InRange(year) ? Outcomes.NotFound(NoBudget)
                    : await sheets.ForYearAsync(year, ct) is { } sheet ? Outcomes.Ok(Item(sheet)) : Outcomes.NotFound(NoBudget)).Answer(Or.NotFound))
            .Reads("The year's budget in force: year, version, state (förslag/fastställd/reviderad), adoptedOn, income, costs, result, openingBalance, closingBalance (kronor), lines (group, heading, name, amount) and the plan's two later years.");
        return app;
    }

    internal static BudgetItem Item(BudgetSheet sheet)
    {
        static long At(IReadOnlyList<long?> values, SheetColumn c) => values[(int)c] ?? 0;
        var b = sheet.Budget;
        return new BudgetItem(
            b.Year, b.Version, b.SwedishLabel(), b.AdoptedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), b.AdoptedReference,
            At(sheet.Income, SheetColumn.Budget), At(sheet.Costs, SheetColumn.Budget), At(sheet.Result, SheetColumn.Budget),
            At(sheet.Opening, SheetColumn.Budget), At(sheet.Closing, SheetColumn.Budget),
            [.. sheet.Lines.Where(l => l[SheetColumn.Budget] is not null).Select(l => new LineItem(l.Group.Code(), l.Heading, l.Name, l[SheetColumn.Budget]!.Value))],
            [.. new[] { SheetColumn.Plan1, SheetColumn.Plan2 }.Select(c => new PlanItem(sheet.YearOf(c),
                At(sheet.Income, c), At(sheet.Costs, c), At(sheet.Result, c), At(sheet.Opening, c), At(sheet.Closing, c)))]);
    }
}
