namespace Platform.Infrastructure.Email;

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
