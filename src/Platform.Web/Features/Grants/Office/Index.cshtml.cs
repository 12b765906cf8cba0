using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Features.Grants.Model;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Grants.Office;

/// <summary>Every application (drafts only when asked for), newest first, with its state; the board and auditors read it too.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Reader)]
internal sealed class IndexModel(ApplicationReader reader) : GrantsOfficePageModel
{
    [BindProperty(SupportsGet = true, Name = "status")] public string? Status { get; set; }

    public ApplicationState? Filter { get; private set; }

    public List<ApplicationSummary> Applications { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Filter = Enum.TryParse<ApplicationState>(Status, ignoreCase: false, out var state) && Enum.IsDefined(state) && !int.TryParse(Status, out _) ? state : null;
        Applications = await reader.ListAsync(Filter, ct);
    }
}
