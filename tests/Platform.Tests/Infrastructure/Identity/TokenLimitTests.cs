using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Integrations;
using Platform.Tests.Support;

namespace Platform.Tests.Infrastructure.Identity;

/// <summary>The token endpoint's attempt limits, per address and per client, as sign-in has.</summary>
public sealed class TokenLimitTests : IAsyncLifetime, IDisposable
{
    // TokenRequestLimits: 30 a minute from one address, 60 a minute for one client id.
    private const int FromAddress = 30;
    private const int ForClient = 60;
    private readonly PlatformFactory _platform = new();

    public async Task InitializeAsync()
    {
        var roslagen = await _platform.ProvisionAsync("roslagen");
        await using var scope = _platform.Services.CreateAsyncScope();
        var clients = scope.ServiceProvider.GetRequiredService<IntegrationClients>();
        await clients.RegisterConfidentialAsync(roslagen.Id, "roslagen-integration", "Ekonomisystem", null, "test", CancellationToken.None, "roslagen-secret");
        await clients.RegisterConfidentialAsync(roslagen.Id, "roslagen-export", "Export", null, "test", CancellationToken.None, "export-secret");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _platform.Dispose();

    internal static async Task<HttpResponseMessage> RequestTokenAsync(PlatformFactory platform, string address, string clientId, string secret, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = clientId,
                ["client_secret"] = secret,
            }),
        };
        request.Headers.Add(TestRemoteAddress.Header, address);
        foreach (var (name, value) in headers) request.Headers.Add(name, value);
        return await platform.ClientFor("roslagen.localhost").SendAsync(request);
    }

    // Guessing a client's secret, or flooding the endpoint, is slowed down as sign-in is.
    [Fact]
    public async Task The_token_endpoint_answers_429_with_retry_after_once_one_address_has_used_its_requests_and_other_addresses_are_not_affected()
    {
        for (var i = 0; i < FromAddress; i++)
        {
            using var guess = await RequestTokenAsync(_platform, "203.0.113.10", "roslagen-integration", $"gissning-{i}");
            Assert.Equal(HttpStatusCode.Unauthorized, guess.StatusCode);
        }

        using var refused = await RequestTokenAsync(_platform, "203.0.113.10", "roslagen-integration", "roslagen-secret");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(1), refused.Headers.RetryAfter?.Delta);
        var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("temporarily_unavailable", body.GetProperty("error").GetString());
        Assert.DoesNotContain("access_token", body.ToString(), StringComparison.Ordinal);

        using var otherAddress = await RequestTokenAsync(_platform, "203.0.113.11", "roslagen-integration", "roslagen-secret");
        Assert.Equal(HttpStatusCode.OK, otherAddress.StatusCode);

        _platform.Clock.Advance(TimeSpan.FromMinutes(1));
        using var later = await RequestTokenAsync(_platform, "203.0.113.10", "roslagen-integration", "roslagen-secret");
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    [Fact]
    public async Task One_client_id_is_limited_from_any_number_of_addresses_and_another_client_is_not_affected()
    {
        for (var i = 0; i < ForClient; i++)
        {
            using var guess = await RequestTokenAsync(_platform, $"198.51.100.{i + 1}", "roslagen-integration", $"gissning-{i}");
            Assert.Equal(HttpStatusCode.Unauthorized, guess.StatusCode);
        }

        using var refused = await RequestTokenAsync(_platform, "198.51.100.200", "roslagen-integration", "roslagen-secret");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        using var otherClient = await RequestTokenAsync(_platform, "198.51.100.200", "roslagen-export", "export-secret");
        Assert.Equal(HttpStatusCode.OK, otherClient.StatusCode);
    }
}
