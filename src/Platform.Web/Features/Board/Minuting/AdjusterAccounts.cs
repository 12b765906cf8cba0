using Microsoft.EntityFrameworkCore;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Board.Minuting;

/// <summary>Looks up in the catalog whether the minutes' adjusters can sign in to this association.</summary>
internal sealed class AdjusterAccounts(CatalogDb catalog, PlatformUserManager users, TenantContext tenant)
{
    public async Task<IReadOnlyDictionary<string, AdjusterAccount>> ForAsync(IEnumerable<string> emails, CancellationToken ct)
    {
        var byNormalized = emails.Distinct(StringComparer.OrdinalIgnoreCase).ToDictionary(e => users.NormalizeEmail(e)!, e => e);
        if (byNormalized.Count == 0) return new Dictionary<string, AdjusterAccount>();
        var normalized = byNormalized.Keys.ToList();
        var tenantId = tenant.Current.Id.Value;
        var roles = await catalog.Memberships.AsNoTracking()
            .Where(m => m.TenantId == tenantId && normalized.Contains(m.User!.NormalizedEmail!))
            .Select(m => new { m.User!.NormalizedEmail, m.LastSignInAt }).ToListAsync(ct);
        var invited = await catalog.Invitations.AsNoTracking()
            .Where(i => i.TenantId == tenantId && i.AcceptedAt == null && normalized.Contains(i.Email))
            .Select(i => new { i.Email, i.ExpiresAt }).ToListAsync(ct);
        return byNormalized.ToDictionary(
            p => p.Value,
            p => roles.FirstOrDefault(r => r.NormalizedEmail == p.Key) is { } role
                ? new AdjusterAccount(true, role.LastSignInAt, null)
                : new AdjusterAccount(false, null, invited.Where(i => i.Email == p.Key).Select(i => (DateTime?)i.ExpiresAt).Max()),
            StringComparer.OrdinalIgnoreCase);
    }
}
