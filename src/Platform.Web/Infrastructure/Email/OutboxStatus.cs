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
