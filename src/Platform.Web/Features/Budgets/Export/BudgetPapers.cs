using Microsoft.EntityFrameworkCore;
using Platform.Features.Budgets.Model;
using Platform.Features.Budgets.Sheet;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Budgets.Export;

/// <summary>The paper of a year's budget in force, or of one of its versions, for print and Excel.</summary>
internal sealed class BudgetPapers(TenantDb db, BudgetSheets sheets, TenantContext tenant)
{
    /// <summary>The year's version in force (or <paramref name="version"/>), or null when there is none.</summary>
    public async Task<BudgetPaper?> ForYearAsync(int year, int? version, CancellationToken ct)
    {
        if (!BudgetYears.InRange(year)) return null;
        BudgetSheet? sheet;
        if (version is { } v)
        {
            var id = await db.Budgets.AsNoTracking().Where(b => b.Year == year && b.Version == v).Select(b => (Guid?)b.Id).FirstOrDefaultAsync(ct);
            sheet = id is { } budgetId ? await sheets.ForBudgetAsync(budgetId, ct) : null;
        }
        else
        {
            sheet = await sheets.ForYearAsync(year, ct);
        }
        return sheet is null ? null : BudgetPaper.Of(sheet, tenant.Current.Name);
    }
}
