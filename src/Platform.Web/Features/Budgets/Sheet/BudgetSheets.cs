using Microsoft.EntityFrameworkCore;
using Platform.Features.Budgets.Model;
using Platform.Features.Fees;
using Platform.Features.Interventions;
using Platform.Persistence;

namespace Platform.Features.Budgets.Sheet;

/// <summary>
/// Builds the sheet of a year's budget. The rules, each in one place:
/// <list type="bullet">
/// <item>A year's current version is its adopted one, else its latest proposal; a replaced version is only read as itself.</item>
/// <item>In a version not yet adopted, a member's contribution comes from the fee decision of the column's year when
/// there is one (else what is entered, else the column before: contributions stay as they are); an intervention's
/// cost from its budget in the register (else what is entered); an indexed line's plan from the column before
/// times the salary index (unless entered). Adoption freezes these into the rows (<see cref="FreezeAsync"/>).</item>
/// <item>A line's forecast is what is entered, else its budget.</item>
/// <item>The opening balance is the year before's opening plus its forecast result; the first year's is entered.
/// The plan's years open with the column before's closing balance.</item>
/// </list>
/// </summary>
internal sealed class BudgetSheets(TenantDb db, FeeContributions fees, InterventionBudgets interventions)
{
    private static readonly int Columns = Enum.GetValues<SheetColumn>().Length;

    /// <summary>The current version of <paramref name="year"/> as a sheet, or null when the year has no budget.</summary>
    public async Task<BudgetSheet?> ForYearAsync(int year, CancellationToken ct)
    {
        var current = Current(await db.Budgets.AsNoTracking().Where(b => b.Year == year).ToListAsync(ct));
        return current is null ? null : await ForBudgetAsync(current.Id, ct);
    }

    /// <summary>One version (any state) as a sheet, or null when there is no such version.</summary>
    public async Task<BudgetSheet?> ForBudgetAsync(Guid budgetId, CancellationToken ct)
    {
        var budget = await db.Budgets.AsNoTracking().Include(b => b.Rows).FirstOrDefaultAsync(b => b.Id == budgetId, ct);
        if (budget is null) return null;

        // The year before's current version and, for the opening balance, every earlier year's.
        var earlier = (await db.Budgets.AsNoTracking().Include(b => b.Rows).Where(b => b.Year < budget.Year).ToListAsync(ct))
            .GroupBy(b => b.Year).Select(g => Current(g)).OfType<Budget>().OrderBy(b => b.Year).ToList();
        var previous = earlier.LastOrDefault(b => b.Year == budget.Year - 1);

        var items = await db.BudgetItems.AsNoTracking().ToDictionaryAsync(i => i.Id, ct);
        var sources = await SourcesAsync([.. earlier, budget], ct);

        var mine = sources.Values(budget);
        var before = previous is null ? null : sources.Values(previous);

        var lines = new List<SheetLine>();
        foreach (var itemId in budget.Rows.Select(r => r.ItemId).Union(previous?.Rows.Select(r => r.ItemId) ?? []))
        {
            var item = items[itemId];
            var values = new long?[Columns];
            if (before is not null)
            {
                var has = before.TryGetValue(itemId, out var b);
                values[(int)SheetColumn.PreviousBudget] = has ? b!.Budget[0] : 0;
                values[(int)SheetColumn.PreviousForecast] = has ? b!.Forecast : 0;
            }
            var hasMine = mine.TryGetValue(itemId, out var m);
            values[(int)SheetColumn.Budget] = hasMine ? m!.Budget[0] : 0;
            values[(int)SheetColumn.Plan1] = hasMine ? m!.Budget[1] : 0;
            values[(int)SheetColumn.Plan2] = hasMine ? m!.Budget[2] : 0;
            lines.Add(new SheetLine(item.Id, item.Group, item.Heading, item.Name, item.Order, SourceOf(item), values));
        }
        lines.Sort((a, b) => a.Group != b.Group ? a.Group.CompareTo(b.Group) : a.Order != b.Order ? a.Order.CompareTo(b.Order) : string.CompareOrdinal(a.Name, b.Name));

        var income = new long?[Columns];
        var costs = new long?[Columns];
        var result = new long?[Columns];
        var opening = new long?[Columns];
        var closing = new long?[Columns];
        foreach (var column in Enum.GetValues<SheetColumn>())
        {
            var c = (int)column;
            if (before is null && column is SheetColumn.PreviousBudget or SheetColumn.PreviousForecast) continue;
            income[c] = lines.Where(l => l.Group.IsIncome()).Sum(l => l.Values[c] ?? 0);
            costs[c] = lines.Where(l => !l.Group.IsIncome()).Sum(l => l.Values[c] ?? 0);
            result[c] = income[c] - costs[c];
        }

        var openings = Openings(earlier, sources);
        if (previous is not null)
        {
            var previousOpening = openings[previous.Year];
            opening[(int)SheetColumn.PreviousBudget] = previousOpening;
            opening[(int)SheetColumn.PreviousForecast] = previousOpening;
            closing[(int)SheetColumn.PreviousBudget] = previousOpening + result[(int)SheetColumn.PreviousBudget];
            closing[(int)SheetColumn.PreviousForecast] = previousOpening + result[(int)SheetColumn.PreviousForecast];
        }
        opening[(int)SheetColumn.Budget] = OpeningOf(budget, previous, openings, sources);
        for (var c = (int)SheetColumn.Budget; c < Columns; c++)
        {
            if (c > (int)SheetColumn.Budget) opening[c] = closing[c - 1];
            closing[c] = opening[c] + result[c];
        }
        return new BudgetSheet(budget, previous?.Version ?? 0, lines, income, costs, result, opening, closing);
    }

    /// <summary>Writes what the sources give into the rows of <paramref name="budget"/> (tracked), so that an adopted budget keeps the numbers it was adopted with.</summary>
    public async Task FreezeAsync(Budget budget, CancellationToken ct)
    {
        var sources = await SourcesAsync([budget], ct);
        var values = sources.Values(budget, frozen: false);
        foreach (var row in budget.Rows)
        {
            var v = values[row.ItemId];
            row.Amount = v.Budget[0];
            row.Plan1 = v.Budget[1];
            row.Plan2 = v.Budget[2];
        }
    }

    /// <summary>The version in force for a year: the adopted one, else the latest proposal.</summary>
    public static Budget? Current(IEnumerable<Budget> versions)
    {
        var list = versions.ToList();
        return list.Where(b => b.State == BudgetState.Adopted).MaxBy(b => b.Version)
            ?? list.Where(b => b.State == BudgetState.Proposal).MaxBy(b => b.Version);
    }

    private static LineSource SourceOf(BudgetItem item) =>
        item.MemberId is not null ? LineSource.FeeDecision
        : item.InterventionId is not null ? LineSource.Intervention
        : item.Indexed ? LineSource.Indexed
        : LineSource.Entered;

    private static Dictionary<int, long> Openings(IReadOnlyList<Budget> chronological, Sources sources)
    {
        var openings = new Dictionary<int, long>();
        Budget? before = null;
        foreach (var b in chronological)
        {
            openings[b.Year] = OpeningOf(b, before, openings, sources);
            before = b;
        }
        return openings;
    }

    private static long OpeningOf(Budget budget, Budget? previous, Dictionary<int, long> openings, Sources sources)
    {
        if (previous is null || previous.Year != budget.Year - 1) return budget.OpeningBalance ?? 0;
        var values = sources.Values(previous);
        var result = values.Sum(v => (v.Value.Income ? 1 : -1) * v.Value.Forecast);
        return openings[previous.Year] + result;
    }

    private async Task<Sources> SourcesAsync(IReadOnlyList<Budget> budgets, CancellationToken ct)
    {
        var years = budgets.SelectMany(b => new[] { b.Year, b.Year + 1, b.Year + 2 }).Distinct().ToList();
        var settings = await db.ReadBudgetSettingsAsync(ct);
        return new Sources(
            await db.BudgetItems.AsNoTracking().ToDictionaryAsync(i => i.Id, ct),
            await fees.ForYearsAsync(years, ct),
            (await interventions.ForYearsAsync(years, ct)).ToDictionary(c => (c.InterventionId, c.Year), c => c.Budget),
            settings.SalaryIndexPercent);
    }

    /// <summary>A line's amounts in one version: the year and the plan's two (index 0–2), its forecast, whether it is income.</summary>
    private sealed record Amounts(long[] Budget, long Forecast, bool Income);

    private sealed record Sources(
        IReadOnlyDictionary<Guid, BudgetItem> Items,
        IReadOnlyDictionary<int, IReadOnlyDictionary<Guid, long>> Fees,
        IReadOnlyDictionary<(Guid, int), long> InterventionCosts,
        decimal IndexPercent)
    {
        /// <summary>The amounts of every row of <paramref name="budget"/>; an adopted or replaced version's as stored.</summary>
        public Dictionary<Guid, Amounts> Values(Budget budget, bool? frozen = null)
        {
            var isFrozen = frozen ?? budget.State != BudgetState.Proposal;
            var values = new Dictionary<Guid, Amounts>();
            foreach (var row in budget.Rows)
            {
                var item = Items[row.ItemId];
                long?[] entered = [row.Amount, row.Plan1, row.Plan2];
                var amounts = new long[3];
                for (var k = 0; k < 3; k++)
                    amounts[k] = isFrozen ? entered[k] ?? 0 : Compute(item, budget.Year + k, entered[k], k == 0 ? null : amounts[k - 1]);
                values[row.ItemId] = new Amounts(amounts, row.Forecast ?? amounts[0], item.Group.IsIncome());
            }
            return values;
        }

        private long Compute(BudgetItem item, int year, long? entered, long? before)
        {
            if (item.MemberId is { } member)
                return Fees.TryGetValue(year, out var decided) && decided.TryGetValue(member, out var fee) ? fee : entered ?? before ?? 0;
            if (item.InterventionId is { } intervention)
                return InterventionCosts.TryGetValue((intervention, year), out var cost) ? cost : entered ?? 0;
            if (item.Indexed && entered is null && before is { } b)
                return (long)Math.Round(b * (1 + IndexPercent / 100m), MidpointRounding.AwayFromZero);
            return entered ?? 0;
        }
    }
}
