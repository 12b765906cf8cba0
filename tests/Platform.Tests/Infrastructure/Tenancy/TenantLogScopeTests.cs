using Microsoft.Extensions.Logging;
using Platform.Infrastructure.Tenancy;
using Platform.Tests.Support;

namespace Platform.Tests.Infrastructure.Tenancy;

/// <summary>shared/ISOLATION.md 30: records carry their own tenant, and only while its work lasts.</summary>
public sealed class TenantLogScopeTests
{
    [Fact]
    public async Task After_a_tenant_scope_ends_the_next_records_carry_the_next_tenant_or_none()
    {
        using var factory = new PlatformFactory();
        var a = await factory.ProvisionAsync("roslagen");
        var b = await factory.ProvisionAsync("suvs");
        var logger = factory.Service<ILoggerFactory>().CreateLogger("Probe");

        await using (factory.Service<TenantScopeFactory>().CreateScope(a.Id)) logger.LogInformation("probe in a");
        await using (factory.Service<TenantScopeFactory>().CreateScope(b.Id)) logger.LogInformation("probe in b");
        logger.LogInformation("probe outside");

        object? TenantOf(string message) => Assert.Single(factory.Logs.Records, r => r.Message == message).Scope.GetValueOrDefault("TenantId");
        Assert.Equal(a.Id.Value, TenantOf("probe in a"));
        Assert.Equal(b.Id.Value, TenantOf("probe in b"));
        Assert.Null(TenantOf("probe outside"));
    }
}
