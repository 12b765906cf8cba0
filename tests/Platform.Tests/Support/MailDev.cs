using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text.Json;
using MimeKit;

namespace Platform.Tests.Support;

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

    public int SmtpPort { get; } = FreePort();
    public int WebPort { get; } = FreePort();

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
        var root = typeof(MailDev).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
        var executable = Path.Combine(root, ".tools", "npm", "node_modules", ".bin", "maildev");
        if (!File.Exists(executable))
            throw new InvalidOperationException($"maildev is not installed at {executable}: run build/install-test-tools.sh (build/test.sh does).");
        Directory.CreateDirectory(_directory);
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--ip", "127.0.0.1", "--smtp", SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--web-ip", "127.0.0.1", "--web", WebPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--mail-directory", _directory })
            start.ArgumentList.Add(argument);
        _process = Process.Start(start) ?? throw new InvalidOperationException("maildev did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        // Ready when both the web API answers and the SMTP port accepts connections.
        for (var i = 0; i < 300; i++)
        {
            if (_process.HasExited) throw new InvalidOperationException($"maildev exited with code {_process.ExitCode}.");
            if (await ApiAnswersAsync() && SmtpAnswers()) return;
            await Task.Delay(100);
        }
        throw new TimeoutException("maildev did not become ready in 30 seconds.");
    }

    private async Task<bool> ApiAnswersAsync()
    {
        try { return (await _http.GetAsync(new Uri($"http://127.0.0.1:{WebPort}/api/email"))).IsSuccessStatusCode; }
        catch (HttpRequestException) { return false; }
    }

    private bool SmtpAnswers()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, SmtpPort);
            return true;
        }
        catch (SocketException) { return false; }
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        _http.Dispose();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { } // best effort on a temp folder
    }
}
