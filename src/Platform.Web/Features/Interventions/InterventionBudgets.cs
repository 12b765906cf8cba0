using Microsoft.EntityFrameworkCore;
using Platform.Features.Interventions.Model;
using Platform.Persistence;

namespace Platform.Features.Interventions;

/// <summary>
/// Published for the association's budget: the interventions of the register with their budget per year
/// (the association's cost, whole kronor), so that a number is entered once, in the register.
/// </summary>
internal sealed class InterventionBudgets(TenantDb db)
{
    /// <summary>An intervention as the budget names it, with its period.</summary>
    internal sealed record Item(Guid Id, string Name, DateOnly Start, DateOnly? End, bool Ended);

    /// <summary>One intervention's budgeted cost and outcome for a year.</summary>
    internal sealed record YearCost(Guid InterventionId, int Year, long Budget, long? Outcome);

    /// <summary>Every intervention of the register, by name.</summary>
    public async Task<IReadOnlyList<Item>> ListAsync(CancellationToken ct) =>
        (await db.Interventions.AsNoTracking().Select(i => new { i.Id, i.Name, i.Start, i.End, i.Status }).ToListAsync(ct))
            .OrderBy(i => i.Name, StringComparer.Create(new System.Globalization.CultureInfo("sv-SE"), false))
            .Select(i => new Item(i.Id, i.Name, i.Start, i.End, i.Status is InterventionStatus.Ended or InterventionStatus.Implemented))
            .ToList();

    /// <summary>The budgets entered in the register for <paramref name="years"/>.</summary>
    public async Task<IReadOnlyList<YearCost>> ForYearsAsync(IReadOnlyCollection<int> years, CancellationToken ct) =>
        await db.InterventionBudgets.AsNoTracking().Where(b => years.Contains(b.Year))
            .Select(b => new YearCost(b.InterventionId, b.Year, b.CostBudget, b.CostOutcome)).ToListAsync(ct);
}
