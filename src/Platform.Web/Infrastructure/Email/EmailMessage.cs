namespace Platform.Infrastructure.Email;

/// <summary>An email a feature wants sent. The correlation key names what it is about and for whom.</summary>
internal sealed record EmailMessage(string CorrelationKey, IReadOnlyList<EmailRecipient> To, EmailContent Content, IReadOnlyList<EmailFile>? Attachments = null);
