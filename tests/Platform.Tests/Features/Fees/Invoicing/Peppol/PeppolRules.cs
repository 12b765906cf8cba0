using System.Diagnostics;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;

namespace Platform.Tests.Features.Fees.Invoicing.Peppol;

/// <summary>
/// The official Peppol BIS Billing 3.0 rules (OpenPEPPOL's Schematron, release 3.0.19: the Peppol
/// rules and CEN's EN 16931 rules for UBL), run by SaxonJS under node over a batch of e-invoices in
/// one process (README.md in this folder says where the files come from and how to rebuild them).
/// </summary>
internal static class PeppolRules
{
    internal sealed record Failure(string Rules, string Id, string Flag, string Location, string Text);

    internal sealed record Result(string File, IReadOnlyList<Failure> Failures);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static string RepositoryRoot =>
        typeof(PeppolRules).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    private static string Folder => Path.Combine(RepositoryRoot, "tests", "Platform.Tests", "Features", "Fees", "Invoicing", "Peppol");

    /// <summary>Every failed assert (fatal and warning) of each document, by its file name.</summary>
    public static async Task<IReadOnlyList<Result>> ValidateAsync(IReadOnlyDictionary<string, byte[]> documents)
    {
        EnsureCompiledFromTheseRules();
        var modules = Path.Combine(RepositoryRoot, ".tools", "xslt3", "node_modules");
        if (!Directory.Exists(Path.Combine(modules, "saxon-js")))
            throw new InvalidOperationException($"SaxonJS is not installed in {modules}: run build/install-test-tools.sh xslt3 (build/test.sh does).");

        var work = Directory.CreateTempSubdirectory("peppol-");
        try
        {
            foreach (var (name, bytes) in documents) await File.WriteAllBytesAsync(Path.Combine(work.FullName, name), bytes);
            var start = new ProcessStartInfo("node", [Path.Combine(Folder, "validate.js"), work.FullName])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment = { ["NODE_PATH"] = modules },
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0) throw new InvalidOperationException($"validate.js failed ({process.ExitCode}): {await error}");
            return JsonSerializer.Deserialize<List<Result>>(await output, Json)!;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The compiled stylesheets must be those of the .sch files beside them: a replaced rule file needs compile.sh.</summary>
    private static void EnsureCompiledFromTheseRules()
    {
        foreach (var line in File.ReadAllLines(Path.Combine(Folder, "compiled-from.sha256")).Where(l => l.Length > 0))
        {
            var parts = line.Split("  ", 2);
            var actual = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(Folder, parts[1]))));
            if (actual != parts[0])
                throw new InvalidOperationException($"{parts[1]} changed since its .sef.json was compiled: run {Path.Combine(Folder, "compile.sh")}.");
        }
    }
}
