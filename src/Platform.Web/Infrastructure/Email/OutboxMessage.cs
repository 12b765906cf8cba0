using Microsoft.EntityFrameworkCore;
using Platform.Persistence;

namespace Platform.Infrastructure.Email;

/// <summary>Where an outbox message is on its way out.</summary>
internal enum OutboxStatus
{
    /// <summary>Waiting to be sent (new, or the mail server did not answer last time).</summary>
    Pending,
    /// <summary>Claimed by a dispatcher and handed to the mail server; the outcome is not yet recorded.</summary>
    Sending,
    /// <summary>Accepted by the mail server (or written to the pickup folder).</summary>
    Sent,
    /// <summary>The last attempt was refused; another attempt is scheduled.</summary>
    Failed,
    /// <summary>Given up on: waits for an admin to send it again. Never deleted silently.</summary>
    Dead,
}

/// <summary>
/// One email in an association's outbox. Features add it in the same transaction as the change that
/// causes it; the dispatcher sends it. The correlation key makes "the same message twice" impossible.
/// </summary>
internal sealed class OutboxMessage
{
    public Guid Id { get; init; }
    /// <summary>What the message is about and for whom, e.g. <c>notice/{meeting}/{person}/v3</c>. Unique.</summary>
    public required string CorrelationKey { get; init; }
    /// <summary>
    /// A message whose key starts with <c>secret:</c> carries a personal link (a password reset, an
    /// invitation): the admin pages show that it was sent, never its content.
    /// </summary>
    public bool CarriesSecret => CorrelationKey.StartsWith(SecretPrefix, StringComparison.Ordinal);
    public const string SecretPrefix = "secret:";
    /// <summary>Recipients in RFC 5322 form ("Namn &lt;adress&gt;", comma separated).</summary>
    public required string To { get; init; }
    public required string Subject { get; init; }
    public required string TextBody { get; init; }
    public required string HtmlBody { get; init; }
    public List<OutboxAttachment> Attachments { get; init; } = [];

    public OutboxStatus Status { get; set; }
    /// <summary>Attempts the mail server refused or may have received (a server that is down does not count).</summary>
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTime CreatedAt { get; init; }
    /// <summary>Not to be sent before this instant (retries back off).</summary>
    public DateTime NextAttemptAt { get; set; }
    /// <summary>When a dispatcher claimed it; a claim older than the lease means the outcome is unknown.</summary>
    public DateTime? ClaimedAt { get; set; }
    public DateTime? SentAt { get; set; }
}

/// <summary>A file sent with an outbox message, stored inline in the tenant database.</summary>
internal sealed class OutboxAttachment
{
    public Guid Id { get; init; }
    public Guid MessageId { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public required byte[] Content { get; init; }
}

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
