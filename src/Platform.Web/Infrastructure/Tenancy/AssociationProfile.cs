using Microsoft.EntityFrameworkCore;
using Platform.Persistence;

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

internal static class AssociationProfileModel
{
    extension(TenantDb db)
    {
        public DbSet<AssociationProfile> AssociationProfiles => db.Set<AssociationProfile>();

        /// <summary>The saved details, or the defaults from the catalog when none are saved yet.</summary>
        public async Task<AssociationProfile> GetAssociationProfileAsync(TenantInfo tenant, CancellationToken ct) =>
            await db.Set<AssociationProfile>().AsNoTracking().SingleOrDefaultAsync(ct) ?? AssociationProfile.DefaultFor(tenant);
    }

    public static void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<AssociationProfile>(profile =>
        {
            profile.ToTable("AssociationProfile", t => t.HasCheckConstraint("CK_AssociationProfile_Singleton", $"Id = {AssociationProfile.SingletonId}"));
            profile.HasKey(p => p.Id);
            profile.Property(p => p.Id).ValueGeneratedNever();
            profile.Property(p => p.Name).HasMaxLength(200);
            profile.Property(p => p.Email).HasMaxLength(254);
            profile.Property(p => p.Phone).HasMaxLength(40);
            profile.Property(p => p.PostalAddress).HasMaxLength(400);
            profile.Property(p => p.Website).HasMaxLength(400);
        });
}
