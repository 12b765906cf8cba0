using System.Diagnostics;
using System.Globalization;

namespace Platform.EndToEnd.Tests.Support;

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

    public int Port { get; } = LocalServers.FreePort();

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        // Without --skipApiVersionCheck the SDK's newer API version is refused; without
        // --disableTelemetry azurite does not exit on SIGTERM (shared/STACK.md).
        _process = LocalServers.StartTool("azurite-blob", "--blobHost", "127.0.0.1", "--blobPort", Port.ToString(CultureInfo.InvariantCulture),
            "--location", _directory, "--skipApiVersionCheck", "--disableTelemetry", "--silent");
        await LocalServers.WaitUntilAsync(_process, "azurite", () => Task.FromResult(LocalServers.Listening(Port)));
    }

    public Task DisposeAsync() => LocalServers.StopAsync(_process, _directory);
}
