using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Platform.Infrastructure.Email;

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
