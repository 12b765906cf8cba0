using Platform.Persistence;

namespace Platform.Infrastructure.Tenancy;

/// <summary>
/// The association's profile as everything that writes to the outside uses it (email layout and
/// sender, invoices, minutes, the weekly summary): read once per request or job, not once per
/// message. The admin page that changes the profile reads and writes the table itself.
/// </summary>
internal sealed class AssociationLetterhead(TenantDb db, TenantContext tenant)
{
    private AssociationProfile? _profile;

    public async Task<AssociationProfile> GetAsync(CancellationToken ct) => _profile ??= await db.GetAssociationProfileAsync(tenant.Current, ct);
}
