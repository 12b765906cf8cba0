using MimeKit;
using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Email;

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
