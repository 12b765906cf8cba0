using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Members;
using Platform.Infrastructure.Demo;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.Tests.Infrastructure;

public sealed partial class DemoDataTests(DemoDataTests.DemoPlatform platform) : IClassFixture<DemoDataTests.DemoPlatform>
{
    /// <summary>The demo data, seeded once for the class (seeding takes seconds): the tests read it and add nothing it depends on.</summary>
    public sealed class DemoPlatform() : PlatformFactory(null, ("Platform:SeedDemoData", "true"));

    private readonly DemoPlatform _platform = platform;

    [Fact]
    public async Task Every_demo_association_is_served_on_its_host_with_its_full_name_and_members()
    {
        foreach (var association in DemoAssociations.All)
        {
            // The demo board member of the association signs in with the demo password (README).
            var client = await _platform.SignInAsync($"{association.Slug}.localhost:5080", $"ledamot@{association.Slug}.example", DemoIdentitySeeder.Password);
            using var response = await client.GetAsync("/");
            var body = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains($"<h1>{association.Name}</h1>", body, StringComparison.Ordinal);
            Assert.Contains("Försäkringskassan", body, StringComparison.Ordinal);
            Assert.Contains("Arbetsförmedlingen", body, StringComparison.Ordinal);
        }
        Assert.True(DemoAssociations.All.Count >= 9);
    }

    [Fact]
    public async Task Insjoriket_shows_alingsas_and_harryda_as_former_members()
    {
        var client = await _platform.SignInAsync("insjoriket.localhost", "admin@insjoriket.example", DemoIdentitySeeder.Password);
        var body = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/"));
        var former = body[body.IndexOf("Tidigare medlemmar", StringComparison.Ordinal)..];
        Assert.Contains("Alingsås kommun", former, StringComparison.Ordinal);
        Assert.Contains("Härryda kommun", former, StringComparison.Ordinal);
        Assert.DoesNotContain("Lerums kommun", former, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_demo_notice_board_shows_a_current_notice_and_the_seed_minutes_are_in_the_archives()
    {
        foreach (var association in DemoAssociations.All)
        {
            var board = System.Net.WebUtility.HtmlDecode(await _platform.ClientFor($"{association.Slug}.localhost").GetStringAsync("/anslagstavla"));
            Assert.Contains("Sista dag att överklaga", board, StringComparison.Ordinal);
            Assert.DoesNotContain("inga anslag just nu", board, StringComparison.Ordinal);
        }

        var sundsvall = _platform.ClientFor("sundsvall.localhost");
        var archive = System.Net.WebUtility.HtmlDecode(await sundsvall.GetStringAsync("/anslagstavla/arkiv"));
        var link = System.Text.RegularExpressions.Regex.Match(archive, "href=\"(/anslagstavla/[0-9a-f-]{36})\">Styrelsen, sammanträde 2024-05-07, § 70–74<").Groups[1].Value;
        Assert.NotEmpty(link);
        var notice = System.Net.WebUtility.HtmlDecode(await sundsvall.GetStringAsync(link));
        foreach (var fact in new[] { "2024-05-16", "2024-05-17", "2024-06-07", "2024-06-08", "Kommunhuset rum 612", "Jonas Väst deltog inte i beslutet", "Christina Nordenö (§ 73)" })
            Assert.Contains(fact, notice, StringComparison.Ordinal);

        var insjoriket = System.Net.WebUtility.HtmlDecode(await _platform.ClientFor("insjoriket.localhost").GetStringAsync("/anslagstavla/arkiv"));
        Assert.Contains("Styrelsen, sammanträde 2021-06-18, § 1100–1111", insjoriket, StringComparison.Ordinal);

        // The upcoming meeting has its agenda and papers, for the board to read.
        var member = await _platform.SignInAsync("roslagen.localhost", "ledamot@roslagen.example", DemoIdentitySeeder.Password);
        var meetings = System.Net.WebUtility.HtmlDecode(await member.GetStringAsync("/moten"));
        Assert.Contains("Medlemssamrådet", meetings, StringComparison.Ordinal);
        Assert.Contains("MIA Roslagens lokala styrgrupp", meetings, StringComparison.Ordinal);
        var upcoming = System.Text.RegularExpressions.Regex.Match(meetings[..meetings.IndexOf("Tidigare", StringComparison.Ordinal)], "href=\"(/moten/[0-9a-f-]{36})\"").Groups[1].Value;
        var page = System.Net.WebUtility.HtmlDecode(await member.GetStringAsync(upcoming));
        Assert.Contains("Ekonomisk uppföljning.pdf", page, StringComparison.Ordinal);
        var paper = System.Text.RegularExpressions.Regex.Match(page, "href=\"(/api/papers/[0-9a-f-]{36})\"").Groups[1].Value;
        var pdf = await member.GetByteArrayAsync(paper);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seeding_again_adds_nothing()
    {
        var roslagen = _platform.Service<TenantCatalog>().FindBySlug("roslagen")!;
        await _platform.Service<DemoDataSeeder>().SeedAsync(CancellationToken.None);

        Assert.Equal(DemoAssociations.All.Count, _platform.Service<TenantCatalog>().All.Count);
        await using var scope = _platform.Service<TenantScopeFactory>().CreateScope(roslagen.Id);
        var members = await scope.Services.GetRequiredService<TenantDb>().Members.ToListAsync();
        Assert.Equal(9, members.Count);
        Assert.Equal(6, members.Count(m => m.Kind == MemberKind.Municipality));
        Assert.Equal(3, await scope.Services.GetRequiredService<TenantDb>().Set<Platform.Features.Board.Model.Body>().CountAsync());
        // Every member has a valid organisation number: its address for e-invoices.
        Assert.All(members, m => Assert.Equal(m.OrganisationNumber ?? "saknas", OrganisationNumber.Normalize(m.OrganisationNumber)));
    }

    [Fact]
    public async Task The_demo_logins_of_the_readme_work_as_documented()
    {
        // Stable contract: an integration token reads its own association's members and nothing elsewhere.
        var token = await _platform.TokenAsync("roslagen.localhost:5080", "roslagen-integration", "roslagen-demo-secret");
        using var own = await _platform.BearerClient("roslagen.localhost:5080", token).GetAsync("/api/members");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("Norrtälje kommun", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _platform.BearerClient("suvs.localhost:5080", token).GetAsync("/api/members")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _platform.ClientFor("roslagen.localhost:5080").GetAsync("/api/members")).StatusCode);

        var admin = await _platform.SignInAsync("suvs.localhost", "admin@suvs.example", DemoIdentitySeeder.Password);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/personer")).StatusCode);
        var board = await _platform.SignInAsync("suvs.localhost", "ledamot@suvs.example", DemoIdentitySeeder.Password);
        Assert.Equal(HttpStatusCode.Redirect, (await board.GetAsync("/admin/personer")).StatusCode);
        var operatorClient = await _platform.SignInAsync("localhost", "drift@example.org", DemoIdentitySeeder.Password);
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.GetAsync("/hangfire")).StatusCode);
        var network = await _platform.SignInAsync("localhost", "natverk@example.org", DemoIdentitySeeder.Password);
        Assert.Equal(HttpStatusCode.OK, (await network.GetAsync("/natverk")).StatusCode);
        await _platform.TokenAsync("localhost", "network-integration", "network-demo-secret");
    }

    [Fact]
    public async Task Without_demo_data_none_of_the_demo_logins_exist()
    {
        using var production = new PlatformFactory(); // SeedDemoData is false, as in production
        await production.ProvisionAsync("roslagen");

        Assert.Equal(HttpStatusCode.Unauthorized, (await production.RequestTokenAsync("roslagen.localhost", "roslagen-integration", "roslagen-demo-secret")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await production.RequestTokenAsync("localhost", "network-integration", "network-demo-secret")).StatusCode);
        await using var scope = production.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Platform.Infrastructure.Identity.PlatformUserManager>();
        foreach (var email in new[] { "admin@roslagen.example", "ledamot@roslagen.example", "natverk@example.org", "drift@example.org" })
            Assert.Null(await users.FindByEmailAsync(email));
    }
}
