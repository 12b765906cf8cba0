using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Platform.Infrastructure.Tenancy;
using Platform.Tests.Support;

namespace Platform.Tests.Infrastructure.Tenancy;

public sealed class EndpointClassificationTests
{
    [Fact]
    public void Every_endpoint_of_the_platform_declares_its_audience()
    {
        using var platform = new PlatformFactory();
        var endpoints = platform.Service<EndpointDataSource>().Endpoints;

        Assert.NotEmpty(endpoints);
        Assert.All(endpoints, e => Assert.NotNull(e.AudienceOf()));
        Assert.Contains(endpoints, e => e.AudienceOf() == EndpointAudience.Tenant);
        Assert.Contains(endpoints, e => e.AudienceOf() == EndpointAudience.Platform);
        Assert.Contains(endpoints, e => e.AudienceOf() == EndpointAudience.Anonymous);
    }

    [Fact]
    public async Task An_app_with_an_unclassified_endpoint_refuses_to_start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        await using var app = builder.Build();
        app.MapGet("/classified", () => "ok").TenantEndpoint();
        app.MapGet("/forgotten", () => "oops");

        var error = Assert.Throws<InvalidOperationException>(() => app.EnsureEndpointsAreClassified());
        Assert.Contains("/forgotten", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("/classified", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_app_whose_endpoints_are_all_classified_starts()
    {
        var builder = WebApplication.CreateSlimBuilder();
        await using var app = builder.Build();
        var group = app.MapGroup("/api").TenantEndpoint();
        group.MapGet("/members", () => "ok");
        app.MapGet("/health", () => "ok").AnonymousEndpoint();

        app.EnsureEndpointsAreClassified();
        Assert.Equal(2, ((IEndpointRouteBuilder)app).DataSources.Sum(d => d.Endpoints.Count));
    }
}
