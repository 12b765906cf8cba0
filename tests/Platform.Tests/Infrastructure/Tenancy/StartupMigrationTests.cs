using System.Net;
using Microsoft.Data.Sqlite;
using Platform.Tests.Support;

namespace Platform.Tests.Infrastructure.Tenancy;

public sealed class StartupMigrationTests
{
    [Fact]
    public async Task An_association_whose_database_fails_at_start_up_answers_503_while_the_others_work()
    {
        var directory = Path.Combine(Path.GetTempPath(), "platform-tests", Guid.NewGuid().ToString("N"));
        using (var first = new PlatformFactory(directory))
        {
            await first.ProvisionAsync("alfa", "Samordningsförbundet Alfa");
            await first.ProvisionAsync("beta", "Samordningsförbundet Beta");
            await first.ProvisionAsync("gamma", "Samordningsförbundet Gamma");
            SqliteConnection.ClearAllPools();
            // Beta's file is damaged and Gamma's is gone while the platform is down.
            await File.WriteAllTextAsync(first.TenantFile("beta"), "this is not a database");
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(first.TenantFile("beta"))!, "beta.db-*")) File.Delete(file);
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(first.TenantFile("gamma"))!, "gamma.db*")) File.Delete(file);
        }

        using var second = new PlatformFactory(directory);
        using var alfa = await second.ClientFor("alfa.localhost").GetAsync("/");
        using var beta = await second.ClientFor("beta.localhost").GetAsync("/");
        using var gamma = await second.ClientFor("gamma.localhost").GetAsync("/");
        using var ready = await second.ClientFor("localhost").GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, alfa.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, beta.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, gamma.StatusCode);
        Assert.False(File.Exists(second.TenantFile("gamma")), "a missing database must not be recreated empty");
        Assert.Contains("1 of 3 active association databases answer", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
