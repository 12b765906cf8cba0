namespace Platform.Infrastructure.Tenancy;

/// <summary>An immutable snapshot of an association's registry entry, as held in memory.</summary>
internal sealed record TenantInfo(TenantId Id, string Slug, string Name, TenantStatus Status, string DatabaseName)
{
    public bool IsActive => Status == TenantStatus.Active;
}
