using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Infrastructure;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Network;

/// <summary>
/// The association's own figures, as the network sees them, beside the median of all associations.
/// No other association's figure is shown, and the median only when enough associations have one.
/// </summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Admin)]
internal sealed class OwnModel(NetworkStatistics statistics, TenantContext tenant, TimeProvider clock) : PageModel
{
    public OwnStatistics Statistics { get; private set; } = null!;

    public async Task OnGetAsync(string? ar, CancellationToken ct)
    {
        var query = NetworkQuery.ForPage(ar, null, SwedishTime.Today(clock).Year, ModelState);
        Statistics = await statistics.OwnAsync(tenant.Current.Id, query.Year, ct);
    }
}
