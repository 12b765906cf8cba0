using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace Platform.Tests.Support;

/// <summary>
/// Azure Storage's emulator (blob service only) for a test class: azurite from npm, installed into
/// .tools/ by build/install-test-tools.sh, on a free port with its own folder, stopped afterwards.
/// </summary>
public sealed class Azurite : IAsyncLifetime
{
    // Azurite's well-known development account (public, the same for everyone).
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "platform-azurite", Guid.NewGuid().ToString("N"));
    private Process? _process;

    public int Port { get; } = FreePort();

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public async Task InitializeAsync()
    {
        var root = typeof(Azurite).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
        var executable = Path.Combine(root, ".tools", "npm", "node_modules", ".bin", "azurite-blob");
        if (!File.Exists(executable))
            throw new InvalidOperationException($"azurite is not installed at {executable}: run build/install-test-tools.sh (build/test.sh does).");
        Directory.CreateDirectory(_directory);
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // Without --skipApiVersionCheck the SDK's newer API version is refused; without
        // --disableTelemetry azurite does not exit on SIGTERM (shared/STACK.md).
        foreach (var argument in new[] { "--blobHost", "127.0.0.1", "--blobPort", Port.ToString(CultureInfo.InvariantCulture),
                     "--location", _directory, "--skipApiVersionCheck", "--disableTelemetry", "--silent" })
            start.ArgumentList.Add(argument);
        _process = Process.Start(start) ?? throw new InvalidOperationException("azurite did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        for (var i = 0; i < 300; i++)
        {
            if (_process.HasExited) throw new InvalidOperationException($"azurite exited with code {_process.ExitCode}.");
            if (Listening()) return;
            await Task.Delay(100);
        }
        throw new TimeoutException("azurite did not start listening in 30 seconds.");
    }

    private bool Listening()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException) { return false; }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { } // best effort on a temp folder
    }
}
