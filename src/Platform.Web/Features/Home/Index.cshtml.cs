using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platform.Features.Members;
using Platform.Infrastructure;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Home;

/// <summary>
/// The association's home page on its own host: its name for everyone, and its member parties
/// for the association's people once they have signed in.
/// </summary>
[TenantEndpoint, AllowAnonymous]
internal sealed class IndexModel(TenantDb db, TenantContext tenant, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public string AssociationName { get; private set; } = "";
    public bool SignedIn { get; private set; }
    public IReadOnlyList<Member> CurrentMembers { get; private set; } = [];
    public IReadOnlyList<Member> FormerMembers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        AssociationName = tenant.Current.Name;
        SignedIn = (await authorization.AuthorizeAsync(User, HttpContext, AccessPolicies.Reader)).Succeeded;
        if (!SignedIn) return;

        var today = SwedishTime.Today(clock);
        var members = await db.Members.AsNoTracking().ToListAsync(ct);
        var ordered = members.OrderBy(m => m.Kind).ThenBy(m => m.Name, StringComparer.Create(SwedishTime.Culture, false)).ToList();
        CurrentMembers = ordered.Where(m => m.MemberTo is null || m.MemberTo >= today).ToList();
        FormerMembers = ordered.Where(m => m.MemberTo < today).ToList();
    }
}
