using Microsoft.EntityFrameworkCore;
using Platform.Persistence;

namespace Platform.Infrastructure.Tenancy;

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
