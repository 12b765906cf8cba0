using System.Diagnostics;
using System.Text.Json;
using MimeKit;

namespace Platform.EndToEnd.Tests.Support;

/// <summary>
/// A real SMTP server for a test: maildev from npm, installed into .tools/ by
/// build/install-test-tools.sh. Ports are chosen free; the server can be started late (to test a
/// mail server that is down first) and is stopped with the test.
/// </summary>
public sealed class MailDev : IAsyncDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "platform-maildev", Guid.NewGuid().ToString("N"));
    private readonly HttpClient _http = new();
    private Process? _process;

    public int SmtpPort { get; } = LocalServers.FreePort();
    public int WebPort { get; } = LocalServers.FreePort();

    /// <summary>Settings that point the platform's delivery at this server.</summary>
    public (string Key, string? Value)[] Settings =>
    [
        ("Email:Delivery", "Smtp"),
        ("Email:Smtp:Host", "127.0.0.1"),
        ("Email:Smtp:Port", SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Email:Smtp:TimeoutSeconds", "10"),
    ];

    public async Task StartAsync()
    {
        Directory.CreateDirectory(_directory);
        _process = LocalServers.StartTool("maildev", "--ip", "127.0.0.1", "--smtp", SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--web-ip", "127.0.0.1", "--web", WebPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--mail-directory", _directory);
        // Ready when both the web API answers and the SMTP port accepts connections.
        await LocalServers.WaitUntilAsync(_process, "maildev", async () => await ApiAnswersAsync() && LocalServers.Listening(SmtpPort));
    }

    private async Task<bool> ApiAnswersAsync()
    {
        try { return (await _http.GetAsync(new Uri($"http://127.0.0.1:{WebPort}/api/email"))).IsSuccessStatusCode; }
        catch (HttpRequestException) { return false; }
    }

    /// <summary>The messages received so far, parsed from their raw source.</summary>
    public async Task<IReadOnlyList<MimeMessage>> MessagesAsync()
    {
        using var list = JsonDocument.Parse(await _http.GetStringAsync(new Uri($"http://127.0.0.1:{WebPort}/api/email")));
        var messages = new List<MimeMessage>();
        foreach (var email in list.RootElement.EnumerateArray())
        {
            var id = email.GetProperty("id").GetString();
            await using var source = await _http.GetStreamAsync(new Uri($"http://127.0.0.1:{WebPort}/api/email/{id}/source"));
            messages.Add(await MimeMessage.LoadAsync(source));
        }
        return messages;
    }

    public async ValueTask DisposeAsync()
    {
        await LocalServers.StopAsync(_process, _directory);
        _http.Dispose();
    }
}
