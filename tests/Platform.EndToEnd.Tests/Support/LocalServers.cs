using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace Platform.EndToEnd.Tests.Support;

/// <summary>
/// The common part of the real servers the tests start (maildev, Azurite, the platform on Kestrel):
/// free ports, the tools build/install-test-tools.sh put into .tools/, starting and stopping.
/// </summary>
internal static class LocalServers
{
    private static readonly HashSet<int> HandedOut = [];

    /// <summary>
    /// A port free now and never handed out before in this test run. Test classes run in parallel:
    /// without the memory, maildev and the Kestrel of a browser test could both be given the same
    /// just-released port, and Kestrel's "localhost" would quietly keep only IPv6 (seen as a
    /// browser test that now and then reached maildev instead of the platform).
    /// </summary>
    public static int FreePort()
    {
        while (true)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            lock (HandedOut)
            {
                if (HandedOut.Add(port)) return port;
            }
        }
    }

    public static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException) { return false; }
    }

    /// <summary>The repository's root folder, recorded in the test assembly when it is built.</summary>
    public static string RepositoryRoot { get; } =
        typeof(LocalServers).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>Starts an npm tool from .tools/ (its output is read and dropped, so it never blocks on a full pipe).</summary>
    public static Process StartTool(string name, params string[] arguments)
    {
        var executable = Path.Combine(RepositoryRoot, ".tools", "npm", "node_modules", ".bin", name);
        if (!File.Exists(executable))
            throw new InvalidOperationException($"{name} is not installed at {executable}: run build/install-test-tools.sh (build/test.sh does).");
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Waits (up to 30 s) until <paramref name="ready"/>, failing at once if the process exits.</summary>
    public static async Task WaitUntilAsync(Process process, string name, Func<Task<bool>> ready)
    {
        for (var i = 0; i < 300; i++)
        {
            if (process.HasExited) throw new InvalidOperationException($"{name} exited with code {process.ExitCode}.");
            if (await ready()) return;
            await Task.Delay(100);
        }
        throw new TimeoutException($"{name} did not become ready in 30 seconds.");
    }

    public static async Task StopAsync(Process? process, string directory)
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process?.Dispose();
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { } // best effort on a temp folder
    }
}
