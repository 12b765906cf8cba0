using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Infrastructure.Email;

/// <summary>
/// Where features put email. <see cref="QueueAsync"/> only adds the message to the tenant database's
/// unit of work: it is written by the feature's own SaveChanges, in the same transaction as the change
/// that causes it, or not at all. The dispatcher sends it later.
/// </summary>
internal sealed class EmailOutbox(TenantDb db, AssociationLetterhead letterhead, TimeProvider clock, IOptions<EmailOptions> options)
{
    // Read once per unit of work: a job that queues one message per recipient reads it once.

    /// <summary>
    /// Queues <paramref name="message"/> unless a message with its correlation key exists already
    /// (then returns false: the same message is never queued twice). Throws <see cref="ArgumentException"/>
    /// for a message that could never be sent (no or invalid recipients, attachments too large).
    /// </summary>
    public async Task<bool> QueueAsync(EmailMessage message, CancellationToken ct)
    {
        var recipients = Validate(message);
        var key = message.CorrelationKey;
        if (db.ChangeTracker.Entries<OutboxMessage>().Any(e => e.Entity.CorrelationKey == key)
            || await db.OutboxMessages.AnyAsync(m => m.CorrelationKey == key, ct))
            return false;

        var (text, html) = EmailLayout.Render(message.Content, await letterhead.GetAsync(ct));
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        db.OutboxMessages.Add(new OutboxMessage
        {
            Id = id,
            CorrelationKey = key,
            To = recipients.ToString(),
            Subject = message.Content.Subject,
            TextBody = text,
            HtmlBody = html,
            Attachments = (message.Attachments ?? []).Select(a => new OutboxAttachment
            {
                Id = Guid.CreateVersion7(now),
                MessageId = id,
                FileName = a.FileName,
                ContentType = a.ContentType,
                Content = a.Content,
            }).ToList(),
            Status = OutboxStatus.Pending,
            CreatedAt = now.UtcDateTime,
            NextAttemptAt = now.UtcDateTime,
        });
        return true;
    }

    private InternetAddressList Validate(EmailMessage message)
    {
        if (string.IsNullOrWhiteSpace(message.CorrelationKey) || message.CorrelationKey.Length > 200)
            throw new ArgumentException("The correlation key must be 1 to 200 characters.", nameof(message));
        if (message.To.Count == 0)
            throw new ArgumentException("A message needs at least one recipient.", nameof(message));
        var list = new InternetAddressList();
        foreach (var recipient in message.To)
        {
            if (!MailboxAddress.TryParse(recipient.Address, out var mailbox) || !recipient.Address.Contains('@', StringComparison.Ordinal))
                throw new ArgumentException($"'{recipient.Address}' is not an email address.", nameof(message));
            list.Add(new MailboxAddress(recipient.Name, mailbox.Address));
        }
        var size = (message.Attachments ?? []).Sum(a => (long)a.Content.Length);
        if (size > options.Value.MaxAttachmentBytes)
            throw new ArgumentException($"The attachments are {size} bytes; at most {options.Value.MaxAttachmentBytes} are sent.", nameof(message));
        return list;
    }
}
