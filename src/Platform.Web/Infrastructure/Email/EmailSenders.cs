using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Email;

/// <summary>Hands MIME messages to the outside world. One connection serves one dispatcher run.</summary>
internal interface IEmailSender
{
    /// <summary>Opens a connection; throws <see cref="EmailNotDeliveredException"/> when the server cannot be used.</summary>
    Task<IEmailConnection> ConnectAsync(CancellationToken ct);
}

internal interface IEmailConnection : IAsyncDisposable
{
    /// <summary>
    /// Sends one message. <see cref="EmailNotDeliveredException"/> means it certainly was not delivered;
    /// any other exception means the outcome is unknown.
    /// </summary>
    Task SendAsync(MimeMessage message, CancellationToken ct);
}

/// <summary>The message certainly did not reach the mail server.</summary>
internal sealed class EmailNotDeliveredException(string message, bool serverUnavailable, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>
    /// True when the server itself could not be used (down, unreachable, wrong credentials): the
    /// message is not to blame, so the attempt does not count towards giving up on it.
    /// </summary>
    public bool ServerUnavailable { get; } = serverUnavailable;
}

/// <summary>Writes each message as an .eml file under the data directory: the embedded default.</summary>
internal sealed class PickupEmailSender(string directory, TenantContext tenant) : IEmailSender, IEmailConnection
{
    public Task<IEmailConnection> ConnectAsync(CancellationToken ct) => Task.FromResult<IEmailConnection>(this);

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var folder = Path.Combine(directory, tenant.Current.Slug);
        Directory.CreateDirectory(folder);
        // Named by Message-Id and moved into place in one step: writing the same message twice
        // leaves one complete file, never a duplicate or half a message.
        var target = Path.Combine(folder, $"{FileNameOf(message.MessageId ?? throw new ArgumentException("A message to write needs a Message-Id.", nameof(message)))}.eml");
        var temporary = target + ".tmp";
        await message.WriteToAsync(temporary, ct);
        File.Move(temporary, target, overwrite: true);
    }

    private static string FileNameOf(string messageId) =>
        new(messageId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_').ToArray());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>Sends through an SMTP server with MailKit (host, port, TLS and credentials from Email:Smtp).</summary>
internal sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task<IEmailConnection> ConnectAsync(CancellationToken ct)
    {
        var settings = options.Value.Smtp;
        var client = new SmtpClient { Timeout = settings.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(settings.Host ?? "", settings.Port, settings.Security, ct);
            if (!string.IsNullOrEmpty(settings.UserName))
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
            return new Connection(client);
        }
        catch (Exception ex) when (ex is SocketException or IOException or TimeoutException or SmtpCommandException
                                       or SmtpProtocolException or AuthenticationException or SslHandshakeException)
        {
            client.Dispose();
            throw new EmailNotDeliveredException($"E-postservern {settings.Host}:{settings.Port} gick inte att använda: {ex.Message}", serverUnavailable: true, ex);
        }
    }

    private sealed class Connection(SmtpClient client) : IEmailConnection
    {
        public async Task SendAsync(MimeMessage message, CancellationToken ct)
        {
            try
            {
                await client.SendAsync(message, ct);
            }
            catch (SmtpCommandException ex) when (ex.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.SenderNotAccepted or SmtpErrorCode.MessageNotAccepted)
            {
                // The server answered "no": nothing was delivered, and this message is the reason.
                throw new EmailNotDeliveredException($"E-postservern tog inte emot meddelandet: {ex.Message}", serverUnavailable: false, ex);
            }
            catch (ServiceNotConnectedException ex)
            {
                // The connection was gone before this message was started.
                throw new EmailNotDeliveredException($"Förbindelsen med e-postservern bröts: {ex.Message}", serverUnavailable: true, ex);
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected) await client.DisconnectAsync(quit: true);
            }
            catch (Exception ex) when (ex is IOException or SocketException or SmtpProtocolException or SmtpCommandException)
            {
                // Everything was sent and recorded already; a QUIT that fails changes nothing.
            }
            client.Dispose();
        }
    }
}
