using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Members;
using Platform.Infrastructure.Demo;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.Tests.Infrastructure;

public sealed class DemoDataTests : IDisposable
{
    private readonly PlatformFactory _platform = new(null, ("Platform:SeedDemoData", "true"));

    public void Dispose() => _platform.Dispose();

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
    public async Task Seeding_again_adds_nothing()
    {
        var roslagen = _platform.Service<TenantCatalog>().FindBySlug("roslagen")!;
        await _platform.Service<DemoDataSeeder>().SeedAsync(CancellationToken.None);

        Assert.Equal(DemoAssociations.All.Count, _platform.Service<TenantCatalog>().All.Count);
        await using var scope = _platform.Service<TenantScopeFactory>().CreateScope(roslagen.Id);
        var members = await scope.Services.GetRequiredService<TenantDb>().Members.ToListAsync();
        Assert.Equal(9, members.Count);
        Assert.Equal(6, members.Count(m => m.Kind == MemberKind.Municipality));
        Assert.All(members.Where(m => m.OrganisationNumber is not null), m => Assert.Equal(m.OrganisationNumber, OrganisationNumber.Normalize(m.OrganisationNumber)));
    }
}
