using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Infrastructure;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Network;

/// <summary>
/// The national network's dashboard on the platform host: every active association's figures for a
/// year, the national totals and medians, two charts and the exports. Aggregates only, read from the
/// catalog's snapshots; never an association's records.
/// </summary>
[PlatformEndpoint, Authorize(Policy = AccessPolicies.Network)]
internal sealed class IndexModel(NetworkStatistics statistics, TimeProvider clock) : PageModel
{
    public NetworkReport Report { get; private set; } = null!;

    /// <summary>The query string for the exports: the same year and county as the page.</summary>
    public string ExportQuery { get; private set; } = "";

    public async Task OnGetAsync(string? ar, string? lan, CancellationToken ct)
    {
        var query = NetworkQuery.ForPage(ar, lan, SwedishTime.Today(clock).Year, ModelState);
        Report = await statistics.ReportAsync(query.Year, query.County, ct);
        ExportQuery = $"year={query.Year}" + (query.County is null ? "" : "&county=" + Uri.EscapeDataString(query.County));
    }
}
