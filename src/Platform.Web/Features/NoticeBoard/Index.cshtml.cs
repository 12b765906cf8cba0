using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Features.Board;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.NoticeBoard;

/// <summary>The association's digital notice board (anslagstavla): the notices up now, for everyone.</summary>
[TenantEndpoint, AllowAnonymous]
internal sealed class IndexModel(Board.NoticeBoard board, TenantContext tenant) : PageModel
{
    public string AssociationName => tenant.Current.Name;
    public IReadOnlyList<Posting> Current { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Current = await board.CurrentAsync(ct);
}

/// <summary>Notices that have been taken down.</summary>
[TenantEndpoint, AllowAnonymous]
internal sealed class ArchiveModel(Board.NoticeBoard board, TenantContext tenant) : PageModel
{
    public string AssociationName => tenant.Current.Name;
    public IReadOnlyList<Posting> Archived { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Archived = await board.ArchiveAsync(ct);
}

/// <summary>One notice with the minutes it makes public; paragraphs not for publication are replaced by a note.</summary>
[TenantEndpoint, AllowAnonymous]
internal sealed class NoticeModel(Board.NoticeBoard board, TenantContext tenant) : PageModel
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
