using System.ComponentModel.DataAnnotations;

namespace Platform.Infrastructure.Email;

/// <summary>Configuration section <c>Email</c>.</summary>
internal sealed class EmailOptions : IValidatableObject
{
    public const string Section = "Email";

    public EmailDelivery Delivery { get; set; } = EmailDelivery.Pickup;

    /// <summary>Where Pickup writes; relative paths are under Platform:DataDirectory.</summary>
    public string PickupDirectory { get; set; } = "mail-pickup";

    /// <summary>The sender address of an association; <c>{slug}</c> and <c>{domain}</c> are filled in.</summary>
    public string FromAddress { get; set; } = "{slug}@{domain}";

    public SmtpSettings Smtp { get; set; } = new();

    /// <summary>Refused attempts before a message is dead and waits for an admin.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first retry waits this long; each further retry waits twice as long, at most six hours.</summary>
    [Range(1, 3600)]
    public int RetryBaseSeconds { get; set; } = 60;

    /// <summary>
    /// A message claimed longer ago than this may or may not have reached the mail server (the process
    /// stopped in between). It is not sent again automatically: it turns dead with an explanation.
    /// </summary>
    [Range(1, 1440)]
    public int SendingLeaseMinutes { get; set; } = 15;

    /// <summary>Messages one dispatcher run sends for one association.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>The largest total size of the attachments of one message.</summary>
    [Range(1, 25 * 1024 * 1024)]
    public int MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;

    public TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(RetryBaseSeconds * Math.Pow(2, Math.Max(0, attempts - 1)), TimeSpan.FromHours(6).TotalSeconds));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!FromAddress.Contains('@', StringComparison.Ordinal))
            yield return new ValidationResult("Email:FromAddress must be an address, e.g. {slug}@samordning.se.", [nameof(FromAddress)]);
        if (Delivery == EmailDelivery.Smtp && string.IsNullOrWhiteSpace(Smtp.Host))
            yield return new ValidationResult("Email:Smtp:Host is required when Email:Delivery is Smtp.", ["Smtp.Host"]);
        if (Smtp.Port is < 1 or > 65535)
            yield return new ValidationResult("Email:Smtp:Port must be between 1 and 65535.", ["Smtp.Port"]);
    }
}
