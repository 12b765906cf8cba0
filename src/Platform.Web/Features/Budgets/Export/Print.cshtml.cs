using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Budgets.Export;

/// <summary>The budget and plan for paper, laid out as SUVS's: /budget/{year}/utskrift (?version=n for a version).</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Reader)]
internal sealed class PrintModel(BudgetPapers papers) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Version { get; set; }

    public BudgetPaper Paper { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct)
    {
        if (await papers.ForYearAsync(year, Version, ct) is not { } paper) return NotFound();
        Paper = paper;
        return Page();
    }
}
