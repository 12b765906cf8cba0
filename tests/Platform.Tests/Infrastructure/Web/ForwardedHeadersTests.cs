using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Integrations;
using Platform.Tests.Infrastructure.Identity;
using Platform.Tests.Support;

namespace Platform.Tests.Infrastructure.Web;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto count only from the configured proxy: from anyone else they
/// would choose the address the per-address limits count and claim https.
/// </summary>
public sealed class ForwardedHeadersTests : IDisposable
{
    private const string Proxy = "10.0.0.5";
    private const int FromAddress = 30; // TokenRequestLimits.FromAddress
    private readonly List<PlatformFactory> _platforms = [];

    public void Dispose()
    {
        foreach (var platform in _platforms) platform.Dispose();
    }

    private async Task<PlatformFactory> PlatformAsync(params (string Key, string? Value)[] settings)
    {
        var platform = new PlatformFactory(null, settings);
        _platforms.Add(platform);
        var roslagen = await platform.ProvisionAsync("roslagen");
        await using var scope = platform.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IntegrationClients>()
            .RegisterConfidentialAsync(roslagen.Id, "roslagen-integration", "Ekonomisystem", null, "test", CancellationToken.None, "roslagen-secret");
        return platform;
    }

    /// <summary>True when the antiforgery cookie of the sign-in page was marked Secure: the request counted as https.</summary>
    private static async Task<bool> CountsAsHttpsAsync(PlatformFactory platform, string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/konto/logga-in");
        request.Headers.Add(TestRemoteAddress.Header, address);
        request.Headers.Add("X-Forwarded-For", "192.0.2.44");
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await platform.ClientFor("roslagen.localhost").SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("samordning-af", StringComparison.Ordinal));
        return cookie.Contains("secure", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Forwarded_headers_from_an_address_that_is_not_the_configured_proxy_change_nothing()
    {
        foreach (var platform in new[] { await PlatformAsync(), await PlatformAsync(("ForwardedHeaders:KnownProxies:0", Proxy)) })
        {
            // Each request claims another client address: the limit still counts the real one.
            for (var i = 0; i < FromAddress; i++)
            {
                using var allowed = await TokenLimitTests.RequestTokenAsync(platform, "203.0.113.20", "roslagen-integration", "roslagen-secret", ("X-Forwarded-For", $"192.0.2.{i + 1}"));
                Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            }
            using var refused = await TokenLimitTests.RequestTokenAsync(platform, "203.0.113.20", "roslagen-integration", "roslagen-secret", ("X-Forwarded-For", "192.0.2.200"));
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);

            Assert.False(await CountsAsHttpsAsync(platform, "203.0.113.20"));
        }
    }

    [Fact]
    public async Task Forwarded_headers_from_the_configured_proxy_give_the_clients_address_and_scheme()
    {
        var platform = await PlatformAsync(("ForwardedHeaders:KnownProxies:0", Proxy));
        for (var i = 0; i < FromAddress; i++)
        {
            using var allowed = await TokenLimitTests.RequestTokenAsync(platform, Proxy, "roslagen-integration", "roslagen-secret", ("X-Forwarded-For", "192.0.2.1:50123"));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }
        // The first client has used its requests; another client behind the same proxy has its own.
        using var refused = await TokenLimitTests.RequestTokenAsync(platform, Proxy, "roslagen-integration", "roslagen-secret", ("X-Forwarded-For", "192.0.2.1:50124"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        using var other = await TokenLimitTests.RequestTokenAsync(platform, Proxy, "roslagen-integration", "roslagen-secret", ("X-Forwarded-For", "192.0.2.2:50125"));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);

        Assert.True(await CountsAsHttpsAsync(platform, Proxy));
    }
}
