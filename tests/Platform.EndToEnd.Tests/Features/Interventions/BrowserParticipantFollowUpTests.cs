using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platform.EndToEnd.Tests.Support;
using Platform.Features.Interventions.Model;
using Platform.Features.Members;
using Platform.Infrastructure.Identity;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.EndToEnd.Tests.Features.Interventions;

/// <summary>
/// Issue 21 as its people use it, in Chromium at phone width with axe on every page: the deltagaransvarig
/// is refused a code that looks like a personal identity number, registers the participant with a local
/// code instead and opens the record; the office then sees the figures, never the record.
/// </summary>
public sealed class BrowserParticipantFollowUpTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private readonly PlatformFactory _platform = new();
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private int _port;
    private Guid _intervention;

    public async Task InitializeAsync()
    {
        _port = LocalServers.FreePort();
        _platform.UseKestrel(_port);
        _platform.StartServer();
        var roslagen = await _platform.ProvisionAsync("roslagen", "Samordningsförbundet Roslagen");
        var staff = await _platform.AddPersonAsync(roslagen, Roles.ParticipantStaff, "insats@roslagen.test");
        await _platform.AddPersonAsync(roslagen, Roles.Admin, "kansli@roslagen.test");
        _intervention = Guid.NewGuid();
        await _platform.InTenantAsync(roslagen, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            var taby = new Member { Id = Guid.NewGuid(), Kind = MemberKind.Municipality, Name = "Täby kommun", Population = 76_500, MemberFrom = new DateOnly(2010, 1, 1) };
            var fk = new Member { Id = Guid.NewGuid(), Kind = MemberKind.Government, Name = "Försäkringskassan", MemberFrom = new DateOnly(2010, 1, 1) };
            db.Members.AddRange(taby, fk);
            db.Interventions.Add(new Intervention { Id = _intervention, Name = "MIA", Kind = InterventionKind.Individual, LeadMemberId = taby.Id, CooperatingMemberIds = [fk.Id], MunicipalityIds = [taby.Id], Start = new DateOnly(2025, 1, 1), Status = InterventionStatus.Ongoing });
            db.ParticipantStaff.Add(new ParticipantStaff { InterventionId = _intervention, UserId = staff.Id, GrantedBy = "kansli@roslagen.test" });
            await db.SaveChangesAsync();
        });
        (_playwright, _browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    public void Dispose() => _platform.Dispose();

    private async Task<IPage> SignedInAsync(string email)
    {
        var context = await _browser.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 800 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        page.Response += (_, r) => output.WriteLine($"{r.Request.Method} {r.Url} → {r.Status}");
        await page.GotoAsync($"http://roslagen.localhost:{_port}/konto/logga-in");
        await page.GetByLabel("E-postadress").FillAsync(email);
        await page.GetByLabel("Lösenord").FillAsync(PlatformFactory.Password);
        await page.LoadsAnotherAsync(() => page.GetByLabel("Lösenord").PressAsync("Enter"));
        return page;
    }

    private static async Task AssertFitsAPhoneAsync(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{page.Url} is wider than a phone");

    [Fact]
    public async Task The_deltagaransvarig_registers_a_participant_by_code_and_the_office_sees_only_figures()
    {
        var staff = await SignedInAsync("insats@roslagen.test");
        Assert.Contains("Dina insatser", await staff.InnerTextAsync("main"), StringComparison.Ordinal);
        await staff.AssertAccessibleAsync();
        await staff.LoadsAnotherAsync(() => staff.GetByRole(AriaRole.Link, new() { Name = "Deltagare i MIA" }).ClickAsync());
        await staff.ArrivesAtAsync($"/insatser/{_intervention}/deltagare$");
        await staff.AssertAccessibleAsync();

        // A personal identity number is refused beside its field, and what was typed stays.
        await staff.GetByLabel("Lokal kod").FillAsync("19800101-1234");
        await staff.GetByLabel("Kvinna").CheckAsync();
        await staff.GetByLabel("Födelseår").FillAsync("1990");
        await staff.GetByLabel("Hemkommun vid start").SelectOptionAsync(new SelectOptionValue { Label = "Täby kommun" });
        await staff.GetByLabel("Remitterande part").SelectOptionAsync(new SelectOptionValue { Label = "Försäkringskassan" });
        await staff.GetByLabel("Startdatum").FillAsync("2025-03-01");
        await staff.GetByLabel("Huvudsaklig försörjning vid start").SelectOptionAsync(new SelectOptionValue { Label = "Sjukpenning" });
        await staff.GetByLabel("Ja", new() { Exact = true }).CheckAsync();
        await staff.LoadsAnotherAsync(() => staff.GetByRole(AriaRole.Button, new() { Name = "Lägg till deltagaren" }).ClickAsync());
        Assert.Contains("liknar ett personnummer", await staff.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Equal("1990", await staff.GetByLabel("Födelseår").InputValueAsync());
        await staff.AssertAccessibleAsync();
        await AssertFitsAPhoneAsync(staff);

        await staff.GetByLabel("Lokal kod").FillAsync("MIA-0001");
        // Added, the record opens (for moves and activity hours), and the list has it.
        await staff.LoadsAnotherAsync(() => staff.GetByRole(AriaRole.Button, new() { Name = "Lägg till deltagaren" }).ClickAsync());
        await staff.ArrivesAtAsync($"/insatser/{_intervention}/deltagare/[0-9a-f-]+\\?klart=");
        Assert.Contains("MIA-0001", await staff.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.DoesNotContain("19800101", await staff.ContentAsync(), StringComparison.Ordinal);
        await staff.AssertAccessibleAsync();
        await AssertFitsAPhoneAsync(staff);
        await staff.GotoAsync($"http://roslagen.localhost:{_port}/insatser/{_intervention}/deltagare");
        Assert.Contains("gallras inte förrän", await staff.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Contains("MIA-0001", await staff.InnerTextAsync("main"), StringComparison.Ordinal);
        await AssertFitsAPhoneAsync(staff);

        // The office sees the participant as a figure, on the results and in Uppföljning Finsam, and never the record.
        var office = await SignedInAsync("kansli@roslagen.test");
        await office.GotoAsync($"http://roslagen.localhost:{_port}/insatser/{_intervention}/resultat?fran=2025-01-01&till=2025-12-31");
        var results = await office.InnerTextAsync("main");
        Assert.Contains("Täby kommun", results, StringComparison.Ordinal);
        Assert.DoesNotContain("MIA-0001", results, StringComparison.Ordinal);
        await office.AssertAccessibleAsync();
        await AssertFitsAPhoneAsync(office);
        await office.GotoAsync($"http://roslagen.localhost:{_port}/insatser/uppfoljning-finsam?ar=2025");
        Assert.Contains("MIA", await office.InnerTextAsync("main"), StringComparison.Ordinal);
        await office.AssertAccessibleAsync();
        await office.GotoAsync($"http://roslagen.localhost:{_port}/admin/insatser");
        await office.AssertAccessibleAsync();
        var records = await office.GotoAsync($"http://roslagen.localhost:{_port}/insatser/{_intervention}/deltagare");
        Assert.Equal((int)HttpStatusCode.NotFound, records!.Status);
    }
}
