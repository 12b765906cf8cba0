namespace Platform.Infrastructure.Tenancy;

/// <summary>
/// The association's own details as shown to the outside world: in every email footer and on its
/// public pages. One row per tenant database; until the kansli fills it in, the catalog name is used.
/// </summary>
internal sealed class AssociationProfile
{
    public const int SingletonId = 1;

    public int Id { get; init; } = SingletonId;
    public required string Name { get; set; }
    /// <summary>The kansli's address: replies to the association's email go here.</summary>
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? PostalAddress { get; set; }
    public string? Website { get; set; }

    /// <summary>The details to use before the kansli has saved any.</summary>
    public static AssociationProfile DefaultFor(TenantInfo tenant) => new() { Name = tenant.Name };
}
