namespace Platform.Infrastructure.Email;

/// <summary>Hands MIME messages to the outside world. One connection serves one dispatcher run.</summary>
internal interface IEmailSender
{
    /// <summary>Opens a connection; throws <see cref="EmailNotDeliveredException"/> when the server cannot be used.</summary>
    Task<IEmailConnection> ConnectAsync(CancellationToken ct);
}
