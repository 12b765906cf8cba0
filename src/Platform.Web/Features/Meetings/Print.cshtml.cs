using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Features.Board;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Meetings;

/// <summary>The notice (kallelse) with its agenda, laid out for paper.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Person)]
internal sealed class NoticePrintModel(Board.Meetings meetings, TenantContext tenant) : PageModel
{
    public string AssociationName => tenant.Current.Name;
    public MeetingFile Record { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await meetings.FileAsync(id, ct) is not { } file) return NotFound();
        Record = file;
        return Page();
    }
}

/// <summary>The minutes in the classic Swedish layout: header, attendance, paragraphs, signatures and the anslag block.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Person)]
internal sealed class MinutesPrintModel(Board.Meetings meetings, TenantContext tenant) : PageModel
{
    public string AssociationName => tenant.Current.Name;
    public MeetingFile Record { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await meetings.FileAsync(id, ct) is not { } file) return NotFound();
        Record = file;
        return Page();
    }
}
