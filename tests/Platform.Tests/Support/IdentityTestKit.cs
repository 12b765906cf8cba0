using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Integrations;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Tests.Support;

/// <summary>Sign-in, tokens and links for the identity tests.</summary>
internal static partial class IdentityTestKit
{
    [GeneratedRegex("https?://[^\\s\"<>]+")]
    private static partial Regex Link();

    /// <summary>Requests a client-credentials token on <paramref name="host"/>; returns the response (200 with a token, or an OAuth error).</summary>
    public static Task<HttpResponseMessage> RequestTokenAsync(this PlatformFactory factory, string host, string clientId, string secret) =>
        factory.ClientFor(host).PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        }));

    /// <summary>A client-credentials access token, or the test fails.</summary>
    public static async Task<string> TokenAsync(this PlatformFactory factory, string host, string clientId, string secret)
    {
        using var response = await factory.RequestTokenAsync(host, clientId, secret);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"token request failed: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>Registers the platform's network client (role network) and returns its token from the platform host.</summary>
    public static async Task<string> NetworkTokenAsync(this PlatformFactory factory)
    {
        await using (var scope = factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IntegrationClients>().RegisterConfidentialAsync(null, "network-integration", "Statistik", Roles.Network, "test", CancellationToken.None, "network-secret");
        return await factory.TokenAsync("localhost", "network-integration", "network-secret");
    }

    /// <summary>A client for <paramref name="host"/> that sends <paramref name="token"/> as a bearer token.</summary>
    public static HttpClient BearerClient(this PlatformFactory factory, string host, string token)
    {
        var client = factory.ClientFor(host);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// Signs in without a cookie jar and returns the raw session cookie (<c>name=value</c>), so a
    /// test can replay it where a browser never would: on another association's host.
    /// </summary>
    public static async Task<string> SessionCookieAsync(this PlatformFactory factory, string host, string email, string password = PlatformFactory.Password)
    {
        var raw = factory.RawClient(host);
        using var page = await raw.GetAsync("/konto/logga-in");
        var antiforgeryCookie = CookieFrom(page, "samordning-af");
        var token = Regex.Match(await page.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/konto/logga-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Form.Email"] = email,
                ["Form.Password"] = password,
            }),
        };
        request.Headers.Add("Cookie", antiforgeryCookie);
        using var response = await raw.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return CookieFrom(response, "samordning");
    }

    /// <summary>A client with no cookie jar and no redirects: every header is the test's own.</summary>
    public static HttpClient RawClient(this PlatformFactory factory, string host) => factory.CreateDefaultClient(new Uri($"http://{host}/"));

    public static string CookieFrom(HttpResponseMessage response, string name) =>
        response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(name + "=", StringComparison.Ordinal));

    /// <summary>The first link in the newest outbox message of the association whose subject contains <paramref name="subject"/>.</summary>
    public static async Task<Uri> LinkInOutboxAsync(this PlatformFactory factory, TenantInfo tenant, string subject)
    {
        var message = (await factory.OutboxAsync(tenant)).Last(m => m.Subject.Contains(subject, StringComparison.Ordinal));
        return new Uri(Link().Match(message.TextBody).Value);
    }

    /// <summary>The association's audit log, oldest first.</summary>
    internal static async Task<List<AuditEntry>> AuditAsync(this PlatformFactory factory, TenantInfo? tenant)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var id = tenant?.Id.Value;
        return await scope.ServiceProvider.GetRequiredService<CatalogDb>().AuditEntries.AsNoTracking()
            .Where(e => e.TenantId == id).OrderBy(e => e.Id).ToListAsync();
    }

    /// <summary>Posts a form and returns the page's text as a reader sees it.</summary>
    public static async Task<(HttpStatusCode Status, string Text)> PostPageAsync(this HttpClient client, string page, string action, params (string Name, string Value)[] fields)
    {
        using var response = await client.PostFormAsync(page, action, fields);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}
