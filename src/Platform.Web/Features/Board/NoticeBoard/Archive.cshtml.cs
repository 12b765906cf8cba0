using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Features.Board.Model;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Board.NoticeBoard;

/// <summary>Notices that have been taken down.</summary>
[TenantEndpoint, AllowAnonymous]
internal sealed class ArchiveModel(NoticeBoardPostings board, TenantContext tenant) : PageModel
{
    public string AssociationName => tenant.Current.Name;
    public IReadOnlyList<Posting> Archived { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Archived = await board.ArchiveAsync(ct);
}
