using System.Net;
using Platform.Infrastructure.Identity;
using Platform.Tests.Support;

namespace Platform.Tests.Infrastructure.Identity;

public sealed class SecurityHeadersTests : IDisposable
{
    private readonly PlatformFactory _platform = new();

    public void Dispose() => _platform.Dispose();

    public static TheoryData<string, string> Responses => new()
    {
        { "roslagen.localhost", "/" },                       // a page
        { "roslagen.localhost", "/konto/logga-in" },         // a form
        { "roslagen.localhost", "/api/members" },            // an API refusal (401)
        { "roslagen.localhost", "/finns-inte" },             // a 404
        { "roslagen.localhost", "/css/site.css" },           // a static file
        { "localhost", "/" },                                // the platform
        { "okand.example", "/" },                            // an unknown host
        { "roslagen.localhost", "/.well-known/openid-configuration" }, // OpenIddict
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_response_carries_the_security_headers(string host, string path)
    {
        await _platform.ProvisionAsync("roslagen");
        using var response = await _platform.ClientFor(host).GetAsync(path);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.False(response.Headers.Contains("Strict-Transport-Security")); // HSTS only in production
    }

    [Fact]
    public async Task The_jobs_dashboard_gets_the_looser_policy_it_needs_and_only_there()
    {
        await _platform.AddPlatformPersonAsync(Roles.Operator, "drift@platform.test");
        var operatorClient = await _platform.SignInAsync("localhost", "drift@platform.test");

        using var dashboard = await operatorClient.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("'unsafe-inline'", string.Join(";", dashboard.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", string.Join(";", dashboard.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }
}
