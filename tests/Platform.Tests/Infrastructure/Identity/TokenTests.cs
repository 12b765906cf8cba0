using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Integrations;
using Platform.Features.Members;
using Platform.Features.People;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.Tests.Infrastructure.Identity;

public sealed class TokenTests : IAsyncLifetime, IDisposable
{
    private readonly PlatformFactory _platform = new();
    private TenantInfo _roslagen = null!;
    private TenantInfo _suvs = null!;

    public async Task InitializeAsync()
    {
        _roslagen = await _platform.ProvisionAsync("roslagen");
        _suvs = await _platform.ProvisionAsync("suvs");
        await using var scope = _platform.Services.CreateAsyncScope();
        var clients = scope.ServiceProvider.GetRequiredService<IntegrationClients>();
        await clients.RegisterConfidentialAsync(_roslagen.Id, "roslagen-integration", "Ekonomisystem", null, "test", CancellationToken.None, "roslagen-secret");
        await clients.RegisterConfidentialAsync(_suvs.Id, "suvs-integration", "Ekonomisystem", null, "test", CancellationToken.None, "suvs-secret");
        await clients.RegisterConfidentialAsync(null, "network-integration", "Statistik", Roles.Network, "test", CancellationToken.None, "network-secret");
        await clients.RegisterPublicAsync(_roslagen.Id, "roslagen-app", "Mobilapp", [new Uri("http://app.test/callback")], "test", CancellationToken.None);
        await _platform.InTenantAsync(_roslagen, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            db.Members.Add(new Member { Id = Guid.NewGuid(), Kind = MemberKind.Municipality, Name = "Norrtälje kommun", Population = 64000, MemberFrom = new DateOnly(2015, 1, 1) });
            await db.SaveChangesAsync();
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _platform.Dispose();

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static readonly object ValidMember = new
    {
        kind = "Municipality",
        name = "Östhammars kommun",
        organisationNumber = "212000-0308",
        population = 22000,
        invoiceEmail = "faktura@osthammar.example",
        memberFrom = "2020-01-01",
    };

    [Fact]
    public async Task A_client_credentials_token_reads_its_own_associations_members_and_nothing_on_another_host()
    {
        var token = await _platform.TokenAsync("roslagen.localhost", "roslagen-integration", "roslagen-secret");

        using var own = await _platform.BearerClient("roslagen.localhost", token).GetAsync("/api/members");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("application/json", own.Content.Headers.ContentType!.MediaType);
        var members = await own.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Norrtälje kommun", Assert.Single(members.EnumerateArray()).GetProperty("name").GetString());

        using var other = await _platform.BearerClient("suvs.localhost", token).GetAsync("/api/members");
        Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);
        using var platform = await _platform.BearerClient("localhost", token).GetAsync("/drift");
        Assert.NotEqual(HttpStatusCode.OK, platform.StatusCode);
    }

    [Fact]
    public async Task A_client_of_one_association_gets_no_token_on_another_associations_host()
    {
        using var response = await _platform.RequestTokenAsync("suvs.localhost", "roslagen-integration", "roslagen-secret");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode); // RFC 6749 5.2: a failed client authentication is 401
        Assert.Contains("invalid_client", body, StringComparison.Ordinal);
        Assert.DoesNotContain("access_token", body, StringComparison.Ordinal);
        using var wrongSecret = await _platform.RequestTokenAsync("roslagen.localhost", "roslagen-integration", "suvs-secret");
        Assert.NotEqual(HttpStatusCode.OK, wrongSecret.StatusCode);
    }

    [Fact]
    public async Task The_api_answers_401_without_credentials_never_a_redirect()
    {
        using var anonymous = await _platform.ClientFor("roslagen.localhost").GetAsync("/api/members");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        var forged = _platform.BearerClient("roslagen.localhost", "eyJhbGciOiJub25lIn0.eyJ0aWQiOiJ4In0.");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/members")).StatusCode);
    }

    [Fact]
    public async Task A_read_only_client_cannot_write_until_an_admin_allows_it()
    {
        var readOnly = _platform.BearerClient("roslagen.localhost", await _platform.TokenAsync("roslagen.localhost", "roslagen-integration", "roslagen-secret"));
        Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.PostAsync("/api/members", Json(ValidMember))).StatusCode);

        var admin = await _platform.SignedInAsync(_roslagen, Roles.Admin);
        using var granted = await admin.PostFormAsync("/admin/integrationer", "/admin/integrationer?handler=Write", ("clientId", "roslagen-integration"), ("canWrite", "true"));
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        // Another association's admin page cannot reach this client.
        var suvsAdmin = await _platform.SignedInAsync(_suvs, Roles.Admin);
        using var foreign = await suvsAdmin.PostFormAsync("/admin/integrationer", "/admin/integrationer?handler=Write", ("clientId", "roslagen-integration"), ("canWrite", "false"));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);

        var writer = _platform.BearerClient("roslagen.localhost", await _platform.TokenAsync("roslagen.localhost", "roslagen-integration", "roslagen-secret"));
        using var created = await writer.PostAsync("/api/members", Json(ValidMember));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var member = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("212000-0308", member.GetProperty("organisationNumber").GetString());
        Assert.Equal($"/api/members/{member.GetProperty("id").GetGuid()}", created.Headers.Location!.OriginalString);
        Assert.Contains(await _platform.AuditAsync(_roslagen), e => e.Event == AuditEvents.ClientWriteChanged && e.Subject == "roslagen-integration");
    }

    // Taking write away must stop the tokens the client already holds, not an hour later when they expire.
    [Fact]
    public async Task A_token_issued_with_write_stops_working_as_soon_as_an_admin_takes_write_away()
    {
        var writer = await WriterAsync();
        using var before = await writer.PostAsync("/api/members", Json(ValidMember));
        Assert.Equal(HttpStatusCode.Created, before.StatusCode);

        var admin = await _platform.SignedInAsync(_roslagen, Roles.Admin);
        using var removed = await admin.PostFormAsync("/admin/integrationer", "/admin/integrationer?handler=Write", ("clientId", "roslagen-integration"), ("canWrite", "false"));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);

        using var after = await writer.PostAsync("/api/members", Json(new { kind = "Municipality", name = "Heby kommun", memberFrom = "2020-01-01" }));
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode); // the token is revoked, not only its roles outdated
        Assert.Equal(HttpStatusCode.Unauthorized, (await writer.GetAsync("/api/members")).StatusCode);
        // A new token reads and does not write.
        var readOnly = _platform.BearerClient("roslagen.localhost", await _platform.TokenAsync("roslagen.localhost", "roslagen-integration", "roslagen-secret"));
        Assert.Equal(HttpStatusCode.OK, (await readOnly.GetAsync("/api/members")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.PostAsync("/api/members", Json(new { kind = "Municipality", name = "Heby kommun", memberFrom = "2020-01-01" }))).StatusCode);
        Assert.Equal(["Norrtälje kommun", "Östhammars kommun"], await _platform.InTenantAsync(_roslagen, s => s.GetRequiredService<TenantDb>().Members.Select(m => m.Name).OrderBy(n => n).ToListAsync()));
    }

    [Fact]
    public async Task Invalid_members_get_Swedish_field_errors_as_problem_details_and_nothing_is_written()
    {
        var admin = await _platform.SignedInAsync(_roslagen, Roles.Admin);
        using var tokenResponse = await admin.GetAsync("/admin/personer"); // any page gives the antiforgery cookie and token
        var antiforgery = System.Text.RegularExpressions.Regex.Match(await tokenResponse.Content.ReadAsStringAsync(),
            "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/members")
        {
            Content = Json(new { kind = "Kyrka", name = "Norrtälje kommun", organisationNumber = "212000-0309", population = -1, invoiceEmail = "nej", memberFrom = "2020-02-30", memberTo = "2019-01-01" }),
        };
        request.Headers.Add("RequestVerificationToken", antiforgery);
        using var invalid = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType!.MediaType);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Det finns redan en medlem med det namnet.", errors.GetProperty("name")[0].GetString());
        Assert.StartsWith("Ange typ:", errors.GetProperty("kind")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("kontrollsiffra", errors.GetProperty("organisationNumber")[0].GetString(), StringComparison.Ordinal);
        foreach (var field in new[] { "population", "invoiceEmail", "memberFrom" }) Assert.True(errors.TryGetProperty(field, out _), field);

        using var malformed = await admin.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/members") { Content = new StringContent("{inte json", Encoding.UTF8, "application/json"), Headers = { { "RequestVerificationToken", antiforgery } } });
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType!.MediaType);

        // A cookie write without the antiforgery token is refused: another site cannot post for the admin.
        using var forged = await admin.PostAsync("/api/members", Json(ValidMember));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        Assert.Equal(1, await _platform.InTenantAsync(_roslagen, s => s.GetRequiredService<TenantDb>().Members.CountAsync()));
    }

    [Fact]
    public async Task A_member_is_changed_with_put_and_another_associations_member_is_not_found()
    {
        var writer = await WriterAsync();
        var id = await _platform.InTenantAsync(_roslagen, s => s.GetRequiredService<TenantDb>().Members.Select(m => m.Id).SingleAsync());
        var suvsId = Guid.NewGuid();
        await _platform.InTenantAsync(_suvs, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            db.Members.Add(new Member { Id = suvsId, Kind = MemberKind.Municipality, Name = "CANARY-B kommun", MemberFrom = new DateOnly(2015, 1, 1) });
            await db.SaveChangesAsync();
        });

        using var changed = await writer.PutAsync($"/api/members/{id}", Json(new { kind = "Municipality", name = "Norrtälje kommun", organisationNumber = "212000-0308", population = 65000, memberFrom = "2015-01-01", memberTo = "2027-12-31" }));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(65000, (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("population").GetInt32());

        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync($"/api/members/{suvsId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.PutAsync($"/api/members/{suvsId}", Json(ValidMember))).StatusCode);
        Assert.Equal("CANARY-B kommun", await _platform.InTenantAsync(_suvs, s => s.GetRequiredService<TenantDb>().Members.Select(m => m.Name).SingleAsync()));
    }

    private async Task<HttpClient> WriterAsync()
    {
        await using var scope = _platform.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IntegrationClients>().SetWriteAsync(_roslagen.Id, "roslagen-integration", true, "test", CancellationToken.None);
        return _platform.BearerClient("roslagen.localhost", await _platform.TokenAsync("roslagen.localhost", "roslagen-integration", "roslagen-secret"));
    }

    [Fact]
    public async Task A_revoked_client_gets_no_new_token_and_its_old_one_stops_working()
    {
        await _platform.AddPlatformPersonAsync(Roles.Operator, "drift@platform.test");
        var operatorClient = await _platform.SignInAsync("localhost", "drift@platform.test");
        var oldToken = await _platform.TokenAsync("roslagen.localhost", "roslagen-integration", "roslagen-secret");

        var page = System.Net.WebUtility.HtmlDecode(await operatorClient.GetStringAsync("/drift"));
        Assert.Contains("roslagen-integration", page, StringComparison.Ordinal);
        using var revoked = await operatorClient.PostFormAsync("/drift", "/drift?handler=Revoke", ("clientId", "roslagen-integration"));
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);

        Assert.NotEqual(HttpStatusCode.OK, (await _platform.RequestTokenAsync("roslagen.localhost", "roslagen-integration", "roslagen-secret")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _platform.BearerClient("roslagen.localhost", oldToken).GetAsync("/api/members")).StatusCode);
        Assert.Contains(await _platform.AuditAsync(_roslagen), e => e.Event == AuditEvents.ClientRevoked && e.Actor == "drift@platform.test");
    }

    [Fact]
    public async Task An_operator_registers_a_client_and_sees_its_secret_once()
    {
        await _platform.AddPlatformPersonAsync(Roles.Operator, "drift@platform.test");
        var operatorClient = await _platform.SignInAsync("localhost", "drift@platform.test");

        var invalid = await operatorClient.PostPageAsync("/drift", "/drift?handler=Register",
            ("Form.Association", "suvs"), ("Form.ClientId", "Fel Id!"), ("Form.DisplayName", "Diariet"), ("Form.IsPublic", "false"));
        Assert.Contains("Klient-id får innehålla a–z", invalid.Text, StringComparison.Ordinal);
        var created = await operatorClient.PostPageAsync("/drift", "/drift?handler=Register",
            ("Form.Association", "suvs"), ("Form.ClientId", "suvs-diarium"), ("Form.DisplayName", "Diariet"), ("Form.IsPublic", "false"));
        var secret = System.Text.RegularExpressions.Regex.Match(created.Text, "<code class=\"secret\">([^<]+)</code>").Groups[1].Value;
        Assert.NotEmpty(secret);

        var token = await _platform.TokenAsync("suvs.localhost", "suvs-diarium", secret);
        Assert.Equal(HttpStatusCode.OK, (await _platform.BearerClient("suvs.localhost", token).GetAsync("/api/members")).StatusCode);
        Assert.DoesNotContain(secret, await operatorClient.GetStringAsync("/drift"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_network_client_gets_a_token_on_the_platform_host_that_opens_no_association()
    {
        var token = await _platform.TokenAsync("localhost", "network-integration", "network-secret");
        Assert.NotEqual(HttpStatusCode.OK, (await _platform.RequestTokenAsync("roslagen.localhost", "network-integration", "network-secret")).StatusCode);

        foreach (var host in new[] { "roslagen.localhost", "suvs.localhost" })
            Assert.Equal(HttpStatusCode.Unauthorized, (await _platform.BearerClient(host, token).GetAsync("/api/members")).StatusCode);
    }

    [Fact]
    public async Task Pkce_with_the_plain_method_is_refused_and_no_code_is_issued()
    {
        // "plain" sends the verifier itself as the challenge: only S256 is allowed (issue 20, 11).
        var verifier = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var authorize = $"/connect/authorize?client_id=roslagen-app&response_type=code&scope=openid%20profile&redirect_uri={Uri.EscapeDataString("http://app.test/callback")}&code_challenge={verifier}&code_challenge_method=plain&state=xyz";
        var person = await _platform.SignedInAsync(_roslagen, Roles.Board);

        using var refused = await person.GetAsync(authorize);

        var query = refused.Headers.Location is { } location ? System.Web.HttpUtility.ParseQueryString(location.Query) : [];
        Assert.Null(query["code"]);
        Assert.True(refused.StatusCode == HttpStatusCode.BadRequest || query["error"] is not null, $"{(int)refused.StatusCode} {refused.Headers.Location}");
    }

    [Fact]
    public async Task Authorization_code_with_pkce_signs_a_person_in_through_the_web_sign_in_of_their_association()
    {
        var verifier = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var challenge = System.Buffers.Text.Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = $"/connect/authorize?client_id=roslagen-app&response_type=code&scope=openid%20profile&redirect_uri={Uri.EscapeDataString("http://app.test/callback")}&code_challenge={challenge}&code_challenge_method=S256&state=xyz";

        using var anonymous = await _platform.ClientFor("roslagen.localhost").GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/konto/logga-in", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var person = await _platform.SignedInAsync(_roslagen, Roles.Board);
        using var authorized = await person.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, authorized.StatusCode);
        var callback = authorized.Headers.Location!;
        Assert.Equal("app.test", callback.Host);
        var query = System.Web.HttpUtility.ParseQueryString(callback.Query);
        Assert.Equal("xyz", query["state"]);

        using var exchanged = await _platform.ClientFor("roslagen.localhost").PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "roslagen-app",
            ["code"] = query["code"]!,
            ["redirect_uri"] = "http://app.test/callback",
            ["code_verifier"] = verifier,
        }));
        Assert.Equal(HttpStatusCode.OK, exchanged.StatusCode);
        var token = (await exchanged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;

        Assert.Equal(HttpStatusCode.OK, (await _platform.BearerClient("roslagen.localhost", token).GetAsync("/api/members")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _platform.BearerClient("roslagen.localhost", token).PostAsync("/api/members", Json(ValidMember))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _platform.BearerClient("suvs.localhost", token).GetAsync("/api/members")).StatusCode);

        // The person is removed from the association: the app's token stops at once, like the web session.
        await using (var scope = _platform.Services.CreateAsyncScope())
        {
            var people = scope.ServiceProvider.GetRequiredService<Memberships>();
            var board = (await people.ListAsync(_roslagen.Id, CancellationToken.None)).Single(p => p.Role == Roles.Board);
            Assert.True((await people.RemoveAsync(_roslagen.Id, board.MembershipId, "admin@roslagen.test", CancellationToken.None)).Succeeded);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await _platform.BearerClient("roslagen.localhost", token).GetAsync("/api/members")).StatusCode);

        // The same app on another association's host issues no code, even to someone signed in there.
        var suvsPerson = await _platform.SignedInAsync(_suvs, Roles.Admin);
        using var elsewhere = await suvsPerson.GetAsync(authorize);
        var location = elsewhere.Headers.Location?.ToString() ?? "";
        Assert.DoesNotContain("code=", location, StringComparison.Ordinal);
        Assert.True(elsewhere.StatusCode == HttpStatusCode.BadRequest || location.Contains("error=invalid_client", StringComparison.Ordinal), $"{elsewhere.StatusCode} {location}");
    }

    [Fact]
    public async Task Token_pruning_is_a_nightly_platform_job_that_removes_old_tokens()
    {
        using (var connection = _platform.Service<JobStorage>().GetConnection())
            Assert.Contains(connection.GetRecurringJobs(), j => j.Id == TokenPruningJob.Id && j.Cron == "30 3 * * *");
        await _platform.TokenAsync("roslagen.localhost", "roslagen-integration", "roslagen-secret");
        async Task<int> TokensAsync()
        {
            await using var scope = _platform.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<CatalogDb>().Set<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreToken<Guid>>().CountAsync();
        }
        Assert.True(await TokensAsync() > 0);

        await RunPruningAsync();
        Assert.True(await TokensAsync() > 0); // fresh tokens stay

        _platform.Clock.Advance(TimeSpan.FromDays(15));
        await RunPruningAsync();
        Assert.Equal(0, await TokensAsync());
    }

    private async Task RunPruningAsync()
    {
        await using var scope = _platform.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TokenPruningJob>().RunAsync(CancellationToken.None);
    }
}
