using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Features.Grants.Decision;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Grants.Office;

/// <summary>The agreement of a granted application as a PDF, produced from the decision each time it is asked for.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Reader)]
internal sealed class AgreementModel(Agreements agreements) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await agreements.PdfAsync(id, ct) is { } pdf ? File(pdf, "application/pdf", "Avtal.pdf") : NotFound();
}
