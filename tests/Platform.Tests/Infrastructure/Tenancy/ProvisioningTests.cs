using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Members;
using Platform.Features.Shared;
using Platform.Infrastructure.Persistence;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.Tests.Infrastructure.Tenancy;

public sealed class ProvisioningTests : IDisposable
{
    private readonly PlatformFactory _platform = new();

    public void Dispose() => _platform.Dispose();

    private TenantProvisioner Provisioner => _platform.Service<TenantProvisioner>();

    private async Task<T> CatalogAsync<T>(Func<CatalogDb, Task<T>> query)
    {
        await using var scope = _platform.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CatalogDb>());
    }

    [Fact]
    public async Task A_new_association_gets_a_database_at_the_latest_schema_stamped_with_its_id()
    {
        _ = _platform.Server;
        var result = await Provisioner.ProvisionAsync("alfa", "Samordningsförbundet Alfa", CancellationToken.None);

        Assert.Equal(Provisioning.Created, result.Value!.How);
        var tenant = Assert.IsType<TenantInfo>(result.Value.Tenant);
        Assert.Equal(TenantStatus.Active, tenant.Status);
        Assert.True(File.Exists(_platform.TenantFile("alfa")));

        await using var scope = _platform.Service<TenantScopeFactory>().CreateScope(tenant.Id);
        var db = scope.Services.GetRequiredService<TenantDb>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var identity = await db.Set<TenantIdentity>().SingleAsync();
        Assert.Equal(tenant.Id.Value, identity.TenantId);
        Assert.Empty(await db.Members.ToListAsync()); // only reference data, no one else's rows
    }

    [Fact]
    public async Task Provisioning_twice_is_harmless()
    {
        var first = await _platform.ProvisionAsync("alfa", "Samordningsförbundet Alfa");
        await using (var scope = _platform.Service<TenantScopeFactory>().CreateScope(first.Id))
        {
            var db = scope.Services.GetRequiredService<TenantDb>();
            db.Members.Add(new Member { Id = Guid.NewGuid(), Name = "Försäkringskassan", Kind = MemberKind.Government, MemberFrom = new DateOnly(2020, 1, 1) });
            await db.SaveChangesAsync();
        }

        var second = await Provisioner.ProvisionAsync("alfa", "Ett annat namn", CancellationToken.None);

        Assert.Equal(Provisioning.AlreadyExisted, second.Value!.How);
        Assert.Equal(first.Id, second.Value.Tenant.Id);
        Assert.Equal("Samordningsförbundet Alfa", second.Value.Tenant.Name);
        Assert.Equal(1, await CatalogAsync(db => db.Set<Tenant>().CountAsync()));
        await using var after = _platform.Service<TenantScopeFactory>().CreateScope(first.Id);
        Assert.Single(await after.Services.GetRequiredService<TenantDb>().Members.ToListAsync());
    }

    [Fact]
    public async Task A_crash_after_the_registry_row_is_finished_by_running_again()
    {
        _ = _platform.Server;
        var id = Guid.NewGuid();
        await CatalogAsync(async db =>
        {
            db.Add(new Tenant { Id = id, Slug = "alfa", Name = "Samordningsförbundet Alfa", Status = TenantStatus.Provisioning, DatabaseName = "alfa" });
            return await db.SaveChangesAsync();
        });
        await _platform.Service<TenantCatalog>().RefreshAsync(CancellationToken.None);
        using (var response = await _platform.ClientFor("alfa.localhost").GetAsync("/"))
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode); // half-made: closed, not broken

        var result = await Provisioner.ProvisionAsync("alfa", "Samordningsförbundet Alfa", CancellationToken.None);

        Assert.Equal(Provisioning.Resumed, result.Value!.How);
        Assert.Equal(id, result.Value.Tenant.Id.Value);
        using var after = await _platform.ClientFor("alfa.localhost").GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task A_crash_after_the_database_was_migrated_but_before_activation_is_finished_by_running_again()
    {
        _ = _platform.Server;
        var tenant = new Tenant { Id = Guid.NewGuid(), Slug = "alfa", Name = "Samordningsförbundet Alfa", Status = TenantStatus.Provisioning, DatabaseName = "alfa" };
        await CatalogAsync(async db => { db.Add(tenant); return await db.SaveChangesAsync(); });
        await _platform.Service<TenantDatabases>().CreateOrMigrateAsync(tenant.ToInfo(), CancellationToken.None);

        var result = await Provisioner.ProvisionAsync("alfa", "Samordningsförbundet Alfa", CancellationToken.None);

        Assert.Equal(Provisioning.Resumed, result.Value!.How);
        Assert.Equal(TenantStatus.Active, result.Value.Tenant.Status);
        await _platform.Service<TenantDatabases>().CheckAsync(result.Value.Tenant, CancellationToken.None);
    }

    [Fact]
    public async Task Provisioning_refuses_a_database_that_belongs_to_someone_else()
    {
        _ = _platform.Server;
        var other = new TenantInfo(new TenantId(Guid.NewGuid()), "alfa", "Någon annan", TenantStatus.Provisioning, "alfa");
        await _platform.Service<TenantDatabases>().CreateOrMigrateAsync(other, CancellationToken.None);

        await Assert.ThrowsAsync<TenantDatabaseMismatchException>(() => Provisioner.ProvisionAsync("alfa", "Samordningsförbundet Alfa", CancellationToken.None));
        Assert.Equal(TenantStatus.Provisioning, await CatalogAsync(db => db.Set<Tenant>().Where(t => t.Slug == "alfa").Select(t => t.Status).SingleAsync()));
    }

    [Theory]
    [InlineData("Roslagen")]
    [InlineData("östra")]
    [InlineData("-alfa")]
    [InlineData("alfa-")]
    [InlineData("al--fa")]
    [InlineData("a")]
    [InlineData("www")]
    [InlineData("api")]
    [InlineData("admin")]
    [InlineData("")]
    public async Task A_bad_slug_is_refused_with_a_clear_message_and_nothing_is_written(string slug)
    {
        _ = _platform.Server;
        var result = await Provisioner.ProvisionAsync(slug, "Samordningsförbundet X", CancellationToken.None);

        Assert.Equal(OutcomeKind.Invalid, result.Kind);
        Assert.False(string.IsNullOrWhiteSpace(result.Problem));
        Assert.Equal(0, await CatalogAsync(db => db.Set<Tenant>().CountAsync()));
        Assert.False(Directory.Exists(Path.Combine(_platform.DataDirectory, "tenants")) && Directory.EnumerateFiles(Path.Combine(_platform.DataDirectory, "tenants")).Any());
    }

    [Fact]
    public async Task A_suspended_association_is_resumed_and_served_again()
    {
        await _platform.ProvisionAsync("alfa");
        await Provisioner.SetStatusAsync("alfa", TenantStatus.Suspended, CancellationToken.None);
        using (var suspended = await _platform.ClientFor("alfa.localhost").GetAsync("/"))
            Assert.Equal(HttpStatusCode.ServiceUnavailable, suspended.StatusCode);

        await Provisioner.SetStatusAsync("alfa", TenantStatus.Active, CancellationToken.None);
        using var resumed = await _platform.ClientFor("alfa.localhost").GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
    }

    [Fact]
    public async Task A_custom_hostname_cannot_be_taken_by_a_second_association()
    {
        await _platform.ProvisionAsync("alfa");
        await _platform.ProvisionAsync("beta");
        Assert.Null(await Provisioner.AddHostnameAsync("alfa", "anslag.alfa.se", CancellationToken.None));
        Assert.Null(await Provisioner.AddHostnameAsync("alfa", "ANSLAG.alfa.se", CancellationToken.None)); // idempotent
        Assert.Contains("används redan", await Provisioner.AddHostnameAsync("beta", "anslag.alfa.se", CancellationToken.None), StringComparison.Ordinal);
        Assert.NotNull(await Provisioner.AddHostnameAsync("beta", "inte ett värdnamn", CancellationToken.None));
    }
}
