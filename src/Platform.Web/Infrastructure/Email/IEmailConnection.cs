using MimeKit;

namespace Platform.Infrastructure.Email;

internal interface IEmailConnection : IAsyncDisposable
{
    /// <summary>
    /// Sends one message. <see cref="EmailNotDeliveredException"/> means it certainly was not delivered;
    /// any other exception means the outcome is unknown.
    /// </summary>
    Task SendAsync(MimeMessage message, CancellationToken ct);
}
