using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Network;

/// <summary>The national network's page on the platform host: aggregates only, never an association's records.</summary>
[PlatformEndpoint, Authorize(Policy = AccessPolicies.Network)]
internal sealed class IndexModel(TenantCatalog catalog) : PageModel
{
    public int ActiveAssociations { get; private set; }

    public void OnGet() => ActiveAssociations = catalog.All.Count(t => t.IsActive);
}
