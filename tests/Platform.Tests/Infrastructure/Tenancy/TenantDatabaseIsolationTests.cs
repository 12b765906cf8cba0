using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Features.Members;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Persistence;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.Tests.Infrastructure.Tenancy;

public sealed class TenantDatabaseIsolationTests : IDisposable
{
    private readonly PlatformFactory _platform = new();

    public void Dispose() => _platform.Dispose();

    private async Task AddMemberAsync(TenantInfo tenant, string name, int population)
    {
        await using var scope = _platform.Service<TenantScopeFactory>().CreateScope(tenant.Id);
        var db = scope.Services.GetRequiredService<TenantDb>();
        db.Members.Add(new Member { Id = Guid.NewGuid(), Kind = MemberKind.Municipality, Name = name, Population = population, MemberFrom = new DateOnly(2020, 1, 1) });
        await db.SaveChangesAsync();
    }

    private async Task<string> HomeAsync(string slug)
    {
        var client = await _platform.SignedInAsync(_platform.Service<TenantCatalog>().FindBySlug(slug)!, Roles.Board);
        using var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The text as a reader sees it: entities decoded, Swedish no-break spaces in numbers as plain spaces.
        return System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Replace('\u00a0', ' ').Replace('\u202f', ' ');
    }

    [Fact]
    public async Task Without_a_tenant_the_tenant_database_cannot_be_resolved_and_no_file_is_created()
    {
        _ = _platform.Server;
        var before = Directory.Exists(Path.Combine(_platform.DataDirectory, "tenants"))
            ? Directory.GetFiles(Path.Combine(_platform.DataDirectory, "tenants")).Length : 0;

        await using var scope = _platform.Services.CreateAsyncScope();
        Assert.Throws<NoTenantException>(() => scope.ServiceProvider.GetRequiredService<TenantDb>());

        var after = Directory.Exists(Path.Combine(_platform.DataDirectory, "tenants"))
            ? Directory.GetFiles(Path.Combine(_platform.DataDirectory, "tenants")).Length : 0;
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task The_tenant_of_a_scope_is_set_once_and_cannot_be_switched()
    {
        var alfa = await _platform.ProvisionAsync("alfa");
        var beta = await _platform.ProvisionAsync("beta");
        await using var scope = _platform.Service<TenantScopeFactory>().CreateScope(alfa.Id);
        var context = scope.Services.GetRequiredService<TenantContext>();
        Assert.Throws<InvalidOperationException>(() => context.Set(beta));
        Assert.Equal(alfa, context.Current);
    }

    [Fact]
    public async Task A_tenant_scope_cannot_be_opened_for_a_suspended_association()
    {
        var alfa = await _platform.ProvisionAsync("alfa");
        await _platform.Service<TenantProvisioner>().SetStatusAsync("alfa", TenantStatus.Suspended, CancellationToken.None);
        Assert.Throws<TenantUnavailableException>(() => _platform.Service<TenantScopeFactory>().CreateScope(alfa.Id));
    }

    [Fact]
    public async Task Two_associations_with_the_same_member_names_stay_separate()
    {
        var alfa = await _platform.ProvisionAsync("alfa");
        var beta = await _platform.ProvisionAsync("beta");
        await AddMemberAsync(alfa, "Försäkringskassan", 111_111);
        await AddMemberAsync(beta, "Försäkringskassan", 222_222);
        await AddMemberAsync(beta, "CANARY-B kommun", 1);

        var alfaHome = await HomeAsync("alfa");
        var betaHome = await HomeAsync("beta");
        Assert.Contains("111 111", alfaHome, StringComparison.Ordinal);
        Assert.DoesNotContain("222 222", alfaHome, StringComparison.Ordinal);
        Assert.DoesNotContain("CANARY-B", alfaHome, StringComparison.Ordinal);
        Assert.Contains("222 222", betaHome, StringComparison.Ordinal);
        Assert.Contains("CANARY-B", betaHome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_swapped_for_another_associations_fails_loudly_and_reads_nothing()
    {
        var alfa = await _platform.ProvisionAsync("alfa");
        var beta = await _platform.ProvisionAsync("beta");
        await AddMemberAsync(beta, "CANARY-B kommun", 1);
        SqliteConnection.ClearAllPools(); // closing the last connection checkpoints the WAL into the file
        var betaChecksum = Checksum(_platform.TenantFile("beta"));

        // Someone restores Beta's backup over Alfa's file.
        File.Copy(_platform.TenantFile("beta"), _platform.TenantFile("alfa"), overwrite: true);
        foreach (var sidecar in new[] { "-wal", "-shm" }) File.Delete(_platform.TenantFile("alfa") + sidecar);

        using var response = await (await _platform.SignedInAsync(alfa)).GetAsync("/");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.DoesNotContain("CANARY-B", body, StringComparison.Ordinal);
        Assert.Contains(_platform.Logs.Records, r => r.Level == LogLevel.Critical && r.Message.Contains("mismatch", StringComparison.Ordinal));
        SqliteConnection.ClearAllPools();
        Assert.Equal(betaChecksum, Checksum(_platform.TenantFile("beta")));

        await using var scope = _platform.Service<TenantScopeFactory>().CreateScope(alfa.Id);
        var db = scope.Services.GetRequiredService<TenantDb>();
        await Assert.ThrowsAsync<TenantDatabaseMismatchException>(() => db.Members.ToListAsync());
    }

    [Fact]
    public async Task A_pooled_context_is_checked_again_on_its_next_lease_and_a_swapped_database_then_fails()
    {
        var alfa = await _platform.ProvisionAsync("alfa");
        var beta = await _platform.ProvisionAsync("beta");
        await AddMemberAsync(beta, "CANARY-B kommun", 1);
        TenantDb first;
        await using (var scope = _platform.Service<TenantScopeFactory>().CreateScope(alfa.Id))
        {
            first = scope.Services.GetRequiredService<TenantDb>();
            Assert.Empty(await first.Members.ToListAsync()); // checked and read: Alfa's own, empty
        }

        SqliteConnection.ClearAllPools();
        File.Copy(_platform.TenantFile("beta"), _platform.TenantFile("alfa"), overwrite: true);
        foreach (var sidecar in new[] { "-wal", "-shm" }) File.Delete(_platform.TenantFile("alfa") + sidecar);

        await using var again = _platform.Service<TenantScopeFactory>().CreateScope(alfa.Id);
        var second = again.Services.GetRequiredService<TenantDb>();
        Assert.Same(first, second); // the same context, lent again from Alfa's pool (TenantDbPools)...
        await Assert.ThrowsAsync<TenantDatabaseMismatchException>(() => second.Members.ToListAsync()); // ...and checked again
    }

    [Fact]
    public async Task A_catalog_entry_pointed_at_another_associations_database_fails_on_the_identity_check()
    {
        var alfa = await _platform.ProvisionAsync("alfa");
        var beta = await _platform.ProvisionAsync("beta");
        await AddMemberAsync(beta, "CANARY-B kommun", 1);
        var alfaClient = await _platform.SignedInAsync(alfa);
        var betaClient = await _platform.SignedInAsync(beta);

        await using (var scope = _platform.Services.CreateAsyncScope())
        {
            var catalogDb = scope.ServiceProvider.GetRequiredService<CatalogDb>();
            // The registry itself refuses two associations on one database...
            await Assert.ThrowsAsync<SqliteException>(() =>
                catalogDb.Database.ExecuteSqlRawAsync("UPDATE Tenants SET DatabaseName = 'beta' WHERE Slug = 'alfa'"));
            // ...so a mix-up takes a swap, which only the identity check can catch.
            await catalogDb.Database.ExecuteSqlRawAsync("UPDATE Tenants SET DatabaseName = 'swap' WHERE Slug = 'alfa'");
            await catalogDb.Database.ExecuteSqlRawAsync("UPDATE Tenants SET DatabaseName = 'alfa' WHERE Slug = 'beta'");
            await catalogDb.Database.ExecuteSqlRawAsync("UPDATE Tenants SET DatabaseName = 'beta', ChangedAt = '2030-01-01 00:00:00' WHERE Slug = 'alfa'");
        }
        Assert.True(await _platform.Service<TenantCatalog>().RefreshIfChangedAsync(CancellationToken.None));

        using var response = await alfaClient.GetAsync("/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.DoesNotContain("CANARY-B", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var betaResponse = await betaClient.GetAsync("/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, betaResponse.StatusCode);
    }

    [Fact]
    public async Task Parallel_requests_alternating_between_two_associations_each_get_their_own_data()
    {
        var alfa = await _platform.ProvisionAsync("alfa", "Samordningsförbundet CANARY-A");
        var beta = await _platform.ProvisionAsync("beta", "Samordningsförbundet CANARY-B");
        await AddMemberAsync(alfa, "CANARY-A kommun", 1);
        await AddMemberAsync(beta, "CANARY-B kommun", 2);
        var clients = new Dictionary<string, HttpClient> { ["A"] = await _platform.SignedInAsync(alfa), ["B"] = await _platform.SignedInAsync(beta) };

        var mismatches = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, 1000), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var (own, other) = i % 2 == 0 ? ("A", "B") : ("B", "A");
            var body = await clients[own].GetStringAsync("/", ct);
            if (!body.Contains($"CANARY-{own} kommun", StringComparison.Ordinal) || body.Contains($"CANARY-{other}", StringComparison.Ordinal))
                Interlocked.Increment(ref mismatches);
        });
        Assert.Equal(0, mismatches);
    }

    private static string Checksum(string file) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));
}
