using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Budgets.Export;

/// <summary>The budget and plan as an Excel file with formulas: /budget/{year}/excel (?version=n for a version).</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Reader)]
internal sealed class ExcelModel(BudgetPapers papers) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct) =>
        await papers.ForYearAsync(year, Version, ct) is { } paper
            ? File(BudgetWorkbook.Write(paper), BudgetWorkbook.ContentType, BudgetWorkbook.FileName(year, Version))
            : NotFound();
}
