using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Grants.Payments;

/// <summary>The payments due across all grants, for the finance office: to whom, to which account, how much, since when.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Reader)]
internal sealed class DueModel(GrantPayments payments) : PageModel
{
    public IReadOnlyList<DuePayment> Due { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Due = await payments.DueAsync(ct);
}
