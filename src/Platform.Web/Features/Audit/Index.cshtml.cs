using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Audit;

/// <summary>The association's audit log, newest first, for its admins.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Admin)]
internal sealed class IndexModel(AuditLog audit, TenantContext tenant) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "sida")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Total = await audit.CountAsync(tenant.Current.Id, ct);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Entries = await audit.PageAsync(tenant.Current.Id, PageNumber, PageSize, ct);
    }
}
