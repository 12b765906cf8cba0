using Microsoft.EntityFrameworkCore;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.WeeklySummary;

/// <summary>
/// The association's admins: the people with the admin role in it. A new association without an
/// admin yet falls back to the kansli's contact address from the association's details.
/// </summary>
internal sealed class MembershipAdmins(CatalogDb catalog, TenantContext tenant, AssociationLetterhead letterhead) : IAssociationAdmins
{
    public async Task<IReadOnlyList<EmailRecipient>> ListAsync(CancellationToken ct)
    {
        var tenantId = tenant.Current.Id.Value;
        var admins = await catalog.Memberships.AsNoTracking()
            .Where(m => m.TenantId == tenantId && m.Role == Roles.Admin)
            .Select(m => new { m.User!.Email, m.User.DisplayName })
            .ToListAsync(ct);
        if (admins.Count > 0)
            return admins.Where(a => a.Email != null).OrderBy(a => a.Email, StringComparer.Ordinal).Select(a => new EmailRecipient(a.Email!, a.DisplayName)).ToList();

        var profile = await letterhead.GetAsync(ct);
        return string.IsNullOrWhiteSpace(profile.Email) ? [] : [new EmailRecipient(profile.Email, $"Kansliet, {profile.Name}")];
    }
}
