using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platform.Features.Members;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Home;

/// <summary>The association's home page on its own host: its name and its member parties.</summary>
[TenantEndpoint]
internal sealed class IndexModel(TenantDb db, TenantContext tenant, TimeProvider clock) : PageModel
{
    public CultureInfo Swedish { get; } = CultureInfo.GetCultureInfo("sv-SE");
    public string AssociationName { get; private set; } = "";
    public IReadOnlyList<Member> CurrentMembers { get; private set; } = [];
    public IReadOnlyList<Member> FormerMembers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        AssociationName = tenant.Current.Name;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var members = await db.Members.AsNoTracking().ToListAsync(ct);
        var ordered = members.OrderBy(m => m.Kind).ThenBy(m => m.Name, StringComparer.Create(Swedish, false)).ToList();
        CurrentMembers = ordered.Where(m => m.MemberTo is null || m.MemberTo >= today).ToList();
        FormerMembers = ordered.Where(m => m.MemberTo < today).ToList();
    }
}
