using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Board.Meetings;

/// <summary>
/// A meeting laid out for paper: the notice (kallelse) with its agenda, and the minutes in the
/// classic Swedish layout with header, attendance, paragraphs, signatures and the anslag block.
/// Both print pages (<c>NoticePrint</c>, <c>MinutesPrint</c>) read the same meeting file through this base.
/// </summary>
internal abstract class MeetingPrintModel(MeetingPlanner meetings, TenantContext tenant) : PageModel
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
