using System.Net;
using Platform.Infrastructure.Tenancy;
using Platform.Tests.Support;

namespace Platform.Tests.Infrastructure.Tenancy;

public sealed class HostResolutionTests : IClassFixture<HostResolutionTests.Fixture>
{
    public sealed class Fixture() : PlatformFactory(null, ("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Information")), IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            _ = Server; // start the host (migrates the catalog)
            await ProvisionAsync("alfa", "Samordningsförbundet Alfa");
            await ProvisionAsync("beta", "Samordningsförbundet Beta");
            await ProvisionAsync("vilande", "Samordningsförbundet Vilande");
            await Service<TenantProvisioner>().SetStatusAsync("vilande", TenantStatus.Suspended, CancellationToken.None);
            Assert.Null(await Service<TenantProvisioner>().AddHostnameAsync("alfa", "anslag.alfa-forbund.se", CancellationToken.None));
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private readonly Fixture _platform;

    public HostResolutionTests(Fixture platform) => _platform = platform;

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string host, string path = "/", Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");
        configure?.Invoke(request);
        using var response = await _platform.ClientFor(host).SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_association_host_serves_that_association()
    {
        var (status, body) = await GetAsync("alfa.localhost");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>Samordningsförbundet Alfa</h1>", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Beta", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ALFA.LOCALHOST")]
    [InlineData("Alfa.Localhost:5080")]
    [InlineData("alfa.localhost:443")]
    [InlineData("alfa.localhost.")]
    public async Task Host_case_port_and_trailing_dot_do_not_matter(string host)
    {
        var (status, body) = await GetAsync(host);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Samordningsförbundet Alfa", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_custom_hostname_serves_its_association()
    {
        var (status, body) = await GetAsync("Anslag.Alfa-Forbund.se:8443");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>Samordningsförbundet Alfa</h1>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bare_domain_is_the_platform_and_lists_active_associations_only()
    {
        var (status, body) = await GetAsync("localhost:5080");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Samordningsplattformen", body, StringComparison.Ordinal);
        Assert.Contains("href=\"http://alfa.localhost:5080/\"", body, StringComparison.Ordinal);
        Assert.Contains("href=\"http://beta.localhost:5080/\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("vilande", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("okand.localhost")]
    [InlineData("www.alfa.localhost")]
    [InlineData("alfa.example.org")]
    [InlineData("localhost.evil.example")]
    [InlineData("127.0.0.1")]
    public async Task An_unknown_host_is_404_with_no_fallback_association(string host)
    {
        var (status, body) = await GetAsync(host);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Sidan finns inte", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Samordningsförbundet", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_host_gets_problem_details_when_it_asks_for_json()
    {
        var (status, body) = await GetAsync("okand.localhost", "/", r => { r.Headers.Accept.Clear(); r.Headers.Accept.ParseAdd("application/json"); });
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("\"status\":404", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_suspended_association_answers_503_with_a_swedish_page()
    {
        var (status, body) = await GetAsync("vilande.localhost");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("tillfälligt stängt", body, StringComparison.Ordinal);
        Assert.Contains("lang=\"sv\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_suspended_association_answers_503_on_every_path()
    {
        var (status, _) = await GetAsync("vilande.localhost", "/finns-inte");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
    }

    [Theory]
    [InlineData("okand.localhost")]
    [InlineData("alfa.localhost")]
    [InlineData("vilande.localhost")]
    [InlineData("localhost")]
    public async Task Health_answers_200_on_any_host(string host)
    {
        var (status, body) = await GetAsync(host, "/health");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body);
    }

    [Fact]
    public async Task Nothing_but_the_host_selects_an_association()
    {
        var (status, body) = await GetAsync("okand.localhost", "/?tenant=alfa", r =>
        {
            r.Headers.Add("X-Forwarded-Host", "alfa.localhost");
            r.Headers.Add("X-Tenant", "alfa");
            r.Headers.Add("Cookie", "tenant=alfa");
        });
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.DoesNotContain("Alfa", body, StringComparison.Ordinal);

        var (betaStatus, betaBody) = await GetAsync("beta.localhost", "/?tenant=alfa", r => r.Headers.Add("X-Forwarded-Host", "alfa.localhost"));
        Assert.Equal(HttpStatusCode.OK, betaStatus);
        Assert.Contains("<h1>Samordningsförbundet Beta</h1>", betaBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_platform_page_is_not_served_on_an_association_host_and_vice_versa()
    {
        var (tenantStatus, tenantBody) = await GetAsync("alfa.localhost");
        Assert.DoesNotContain("Anslutna förbund", tenantBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, tenantStatus);
        var (platformStatus, platformBody) = await GetAsync("localhost");
        Assert.Equal(HttpStatusCode.OK, platformStatus);
        Assert.DoesNotContain("<h2 id=\"medlemmar\">", platformBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Everything_logged_for_an_association_request_carries_its_id_and_slug()
    {
        var alfa = _platform.Service<TenantCatalog>().FindBySlug("alfa")!;
        var client = await _platform.SignedInAsync(alfa);
        _platform.Logs.Records.Clear();
        var status = (await client.GetAsync("/")).StatusCode;
        Assert.Equal(HttpStatusCode.OK, status);

        var memberQueries = _platform.Logs.Records
            .Where(r => r.Category == "Microsoft.EntityFrameworkCore.Database.Command" && r.Message.Contains("\"Members\"", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(memberQueries);
        Assert.All(memberQueries, r =>
        {
            Assert.Equal(alfa.Id.Value, r.Scope["TenantId"]);
            Assert.Equal("alfa", r.Scope["Tenant"]);
        });
    }
}
