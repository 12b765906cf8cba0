using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Integrations;

/// <summary>
/// The association's integration clients (registered by the platform's operators), for its
/// admins: a client reads by default; an admin decides whether it may also write.
/// </summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Admin)]
internal sealed class IndexModel(IntegrationClients clients, TenantContext tenant) : PageModel
{
    public IReadOnlyList<ClientRegistration> Clients { get; private set; } = [];
    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Clients = await clients.ListAsync(tenant.Current.Id, ct);

    public async Task<IActionResult> OnPostWriteAsync(string clientId, bool canWrite, CancellationToken ct)
    {
        if (!await clients.SetWriteAsync(tenant.Current.Id, clientId, canWrite, User.ActorName()!, ct)) return NotFound();
        Message = canWrite ? $"{clientId} får nu läsa och skriva." : $"{clientId} får nu bara läsa.";
        return RedirectToPage();
    }
}
