using MimeKit;
using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Email;

/// <summary>Turns a stored outbox message into the MIME message that goes on the wire.</summary>
internal static class OutboxMime
{
    public static MimeMessage Build(OutboxMessage message, AssociationProfile sender, TenantInfo tenant, EmailOptions options, string domain)
    {
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = new DateTimeOffset(message.CreatedAt),
            // Stable per message: the pickup file name, and how a recipient's system spots a repeat.
            MessageId = $"{message.Id:N}@{tenant.Slug}.{domain}",
        };
        mime.From.Add(new MailboxAddress(sender.Name, FromAddress(options, tenant, domain)));
        if (!string.IsNullOrWhiteSpace(sender.Email) && MailboxAddress.TryParse(sender.Email, out var replyTo))
            mime.ReplyTo.Add(new MailboxAddress(sender.Name, replyTo.Address));
        mime.To.AddRange(InternetAddressList.Parse(message.To));

        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        foreach (var attachment in message.Attachments)
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        mime.Body = body.ToMessageBody();
        return mime;
    }

    public static string FromAddress(EmailOptions options, TenantInfo tenant, string domain) =>
        options.FromAddress.Replace("{slug}", tenant.Slug, StringComparison.Ordinal).Replace("{domain}", domain, StringComparison.Ordinal);
}
