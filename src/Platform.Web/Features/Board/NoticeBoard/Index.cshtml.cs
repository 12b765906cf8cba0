using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Features.Board.Model;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Board.NoticeBoard;

/// <summary>The association's digital notice board (anslagstavla): the notices up now, for everyone.</summary>
[TenantEndpoint, AllowAnonymous]
internal sealed class IndexModel(NoticeBoardPostings board, TenantContext tenant) : PageModel
{
    public string AssociationName => tenant.Current.Name;
    public IReadOnlyList<Posting> Current { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Current = await board.CurrentAsync(ct);
}
