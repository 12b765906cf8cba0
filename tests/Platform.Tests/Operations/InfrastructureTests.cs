using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace Platform.Tests.Operations;

/// <summary>The Bicep in infra/ compiles to an ARM template with the resources the architecture names.</summary>
public sealed class InfrastructureTests
{
    private static string Metadata(string key) =>
        typeof(InfrastructureTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    [Fact]
    public async Task The_bicep_compiles_to_the_resources_the_platform_needs()
    {
        var bicep = Metadata("BicepPath").Replace('\\', '/');
        var main = Path.Combine(Metadata("RepositoryRoot"), "infra", "main.bicep");
        Assert.True(File.Exists(bicep), $"The Bicep compiler is missing at {bicep}");

        var start = new ProcessStartInfo(bicep, ["build", main, "--stdout"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["BICEP_TRACING_ENABLED"] = "false";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, await stderr);
        using var template = JsonDocument.Parse(await stdout);
        var resources = template.RootElement.GetProperty("resources");
        // Plain ARM templates list resources in an array; symbolic-name templates use an object.
        var types = (resources.ValueKind == JsonValueKind.Array ? resources.EnumerateArray() : resources.EnumerateObject().Select(p => p.Value))
            .Select(r => r.GetProperty("type").GetString()).ToHashSet();
        foreach (var expected in new[]
        {
            "Microsoft.Web/sites", "Microsoft.Sql/servers", "Microsoft.Sql/servers/elasticPools", "Microsoft.Sql/servers/databases",
            "Microsoft.Storage/storageAccounts", "Microsoft.KeyVault/vaults", "Microsoft.ManagedIdentity/userAssignedIdentities",
        })
        {
            Assert.Contains(expected, types);
        }
    }
}
