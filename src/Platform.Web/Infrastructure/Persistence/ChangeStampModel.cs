using Microsoft.EntityFrameworkCore;

namespace Platform.Infrastructure.Persistence;

internal static class ChangeStampModel
{
    public static void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<ChangeStamp>(stamp =>
        {
            stamp.ToTable(ChangeStamp.TableName, t => t.HasCheckConstraint("CK_ChangeStamp_Singleton", "Id = 1"));
            stamp.HasKey(s => s.Id);
            stamp.Property(s => s.Id).ValueGeneratedNever();
            // The row exists from the migration on, so that every write can update it without asking first.
            stamp.HasData(new ChangeStamp { Stamp = 0 });
        });
}
