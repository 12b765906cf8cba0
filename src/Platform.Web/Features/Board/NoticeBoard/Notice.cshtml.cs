using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Board.NoticeBoard;

/// <summary>One notice with the minutes it makes public; paragraphs not for publication are replaced by a note.</summary>
[TenantEndpoint, AllowAnonymous]
internal sealed class NoticeModel(NoticeBoardPostings board, TenantContext tenant) : PageModel
{
    public string AssociationName => tenant.Current.Name;
    public PublicNotice Notice { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await board.NoticeAsync(id, ct) is not { } notice) return NotFound();
        Notice = notice;
        return Page();
    }
}
