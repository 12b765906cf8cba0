using Microsoft.EntityFrameworkCore;
using Platform.Persistence;

namespace Platform.Infrastructure.Email;

internal static class OutboxModel
{
    extension(TenantDb db)
    {
        /// <summary>The association's outgoing email.</summary>
        public DbSet<OutboxMessage> OutboxMessages => db.Set<OutboxMessage>();
    }

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(message =>
        {
            message.ToTable("OutboxMessages");
            message.HasKey(m => m.Id);
            message.Property(m => m.Id).ValueGeneratedNever();
            message.Property(m => m.CorrelationKey).HasMaxLength(200);
            message.HasIndex(m => m.CorrelationKey).IsUnique();
            message.Property(m => m.To).HasMaxLength(4000);
            message.Property(m => m.Subject).HasMaxLength(400);
            message.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
            message.Property(m => m.LastError).HasMaxLength(2000);
            // The dispatcher's query: what is due, oldest first.
            message.HasIndex(m => new { m.Status, m.NextAttemptAt });
            message.HasIndex(m => m.CreatedAt);
            message.HasMany(m => m.Attachments).WithOne().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<OutboxAttachment>(attachment =>
        {
            attachment.ToTable("OutboxAttachments");
            attachment.HasKey(a => a.Id);
            attachment.Property(a => a.Id).ValueGeneratedNever();
            attachment.Property(a => a.FileName).HasMaxLength(255);
            attachment.Property(a => a.ContentType).HasMaxLength(127);
        });
    }
}
