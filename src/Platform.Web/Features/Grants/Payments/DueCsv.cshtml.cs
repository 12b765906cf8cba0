using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Infrastructure;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Grants.Payments;

/// <summary>The payments due as a CSV for Excel (<see cref="DueCsv"/>).</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Reader)]
internal sealed class DueCsvModel(GrantPayments payments, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        File(DueCsv.Write(await payments.DueAsync(ct)), "text/csv; charset=utf-8", DueCsv.FileName(SwedishTime.Today(clock)));
}
