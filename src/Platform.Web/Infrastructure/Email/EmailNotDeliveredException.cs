namespace Platform.Infrastructure.Email;

/// <summary>The message certainly did not reach the mail server.</summary>
internal sealed class EmailNotDeliveredException(string message, bool serverUnavailable, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>
    /// True when the server itself could not be used (down, unreachable, wrong credentials): the
    /// message is not to blame, so the attempt does not count towards giving up on it.
    /// </summary>
    public bool ServerUnavailable { get; } = serverUnavailable;
}
