using Microsoft.EntityFrameworkCore;
using Platform.Features.Budgets.Model;
using Platform.Persistence;

namespace Platform.Features.Budgets.Outcome;

/// <summary>The outcome pages: the outcome's confirmations, and the budget lines to choose from, grouped.</summary>
internal abstract class OutcomePageModel : FormPageModel
{
    protected override IReadOnlyDictionary<string, string> Confirmations => OutcomeTexts.Confirmations;

    public List<BudgetItem> Items { get; private set; } = [];

    protected async Task LoadItemsAsync(TenantDb db, CancellationToken ct) =>
        Items = [.. (await db.BudgetItems.AsNoTracking().ToListAsync(ct)).OrderBy(i => i.Group).ThenBy(i => i.Order).ThenBy(i => i.Name, StringComparer.Ordinal)];
}
