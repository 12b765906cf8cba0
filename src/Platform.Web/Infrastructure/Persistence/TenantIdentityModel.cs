using Microsoft.EntityFrameworkCore;

namespace Platform.Infrastructure.Persistence;

internal static class TenantIdentityModel
{
    public static void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<TenantIdentity>(identity =>
        {
            identity.ToTable(TenantIdentity.TableName, t => t.HasCheckConstraint("CK_TenantIdentity_Singleton", "Id = 1"));
            identity.HasKey(i => i.Id);
            identity.Property(i => i.Id).ValueGeneratedNever();
            identity.Property(i => i.Slug).HasMaxLength(63);
        });
}
