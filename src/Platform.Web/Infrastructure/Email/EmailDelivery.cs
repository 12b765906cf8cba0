namespace Platform.Infrastructure.Email;

internal enum EmailDelivery
{
    /// <summary>An .eml file per message under the data directory (the embedded default).</summary>
    Pickup,
    /// <summary>A real SMTP server through MailKit.</summary>
    Smtp,
}
