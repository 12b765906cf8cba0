namespace Platform.Infrastructure.Tenancy;

/// <summary>An immutable snapshot of an association's registry entry, as held in memory.</summary>
/// <param name="County">The county (län) the operators set for the association, or null while not set.</param>
internal sealed record TenantInfo(TenantId Id, string Slug, string Name, TenantStatus Status, string DatabaseName, string? County = null)
{
    public bool IsActive => Status == TenantStatus.Active;
}
