using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platform.EndToEnd.Tests.Support;
using Platform.Features.Members;
using Platform.Infrastructure.Identity;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.EndToEnd.Tests.Features.Interventions;

/// <summary>The office adds an intervention with two parties, a staffing line and a goal, in Chromium, with axe on every page.</summary>
public sealed class BrowserInterventionRegisterTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private readonly PlatformFactory _platform = new();
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private int _port;

    public async Task InitializeAsync()
    {
        _port = LocalServers.FreePort();
        _platform.UseKestrel(_port);
        _platform.StartServer();
        var suvs = await _platform.ProvisionAsync("suvs", "Samordningsförbundet SUVS");
        await _platform.InTenantAsync(suvs, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            db.Members.Add(new Member { Id = Guid.NewGuid(), Kind = MemberKind.Municipality, Name = "Sollentuna kommun", MemberFrom = new DateOnly(2010, 1, 1) });
            db.Members.Add(new Member { Id = Guid.NewGuid(), Kind = MemberKind.Government, Name = "Försäkringskassan", MemberFrom = new DateOnly(2010, 1, 1) });
            await db.SaveChangesAsync();
        });
        await _platform.AddPersonAsync(suvs, Roles.Admin, "kansli@suvs.test");
        (_playwright, _browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    public void Dispose() => _platform.Dispose();

    [Fact]
    public async Task The_office_adds_an_intervention_with_two_parties_a_staffing_line_and_a_goal()
    {
        var page = await _browser.NewPageAsync(new() { ViewportSize = new() { Width = 375, Height = 800 } });
        page.SetDefaultTimeout(60_000);
        page.Response += (_, r) => output.WriteLine($"{r.Request.Method} {r.Url} → {r.Status}");
        await page.GotoAsync($"http://suvs.localhost:{_port}/konto/logga-in");
        await page.GetByLabel("E-postadress").FillAsync("kansli@suvs.test");
        await page.GetByLabel("Lösenord").FillAsync(PlatformFactory.Password);
        await page.LoadsAnotherAsync(() => page.GetByLabel("Lösenord").PressAsync("Enter"));

        await page.GotoAsync($"http://suvs.localhost:{_port}/insatser");
        await page.AssertAccessibleAsync();
        await page.LoadsAnotherAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Ny insats" }).ClickAsync());
        await page.ArrivesAtAsync("/insatser/ny$");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Namn", new() { Exact = true }).FillAsync("Resursteamet");
        await page.GetByLabel("Individinriktad").CheckAsync();
        await page.GetByLabel("Huvudman").SelectOptionAsync(new SelectOptionValue { Label = "Sollentuna kommun" });
        await page.GetByRole(AriaRole.Group, new() { Name = "Samverkande parter" }).GetByLabel("Försäkringskassan").CheckAsync();
        await page.GetByLabel("Startdatum").FillAsync("2020-06-01");
        await page.LoadsAnotherAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Lägg till insatsen" }).ClickAsync());
        await page.ArrivesAtAsync(@"/insatser/[0-9a-f-]+\?klart=skapad$");
        Assert.Contains("Försäkringskassan", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Roll").FillAsync("Handläggare FK");
        await page.GetByLabel("Part", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Försäkringskassan" });
        await page.GetByLabel("Andel av heltid i procent").FillAsync("95");
        await page.GetByLabel("Från och med").FillAsync("2020-06-01");
        await page.LoadsAnotherAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Lägg till raden" }).ClickAsync());
        await page.ArrivesAtAsync(@"\?klart=bemanning");
        Assert.Contains("Handläggare FK", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Mål", new() { Exact = true }).FillAsync("Arbete och studier efter avslutad insats");
        await page.GetByLabel("Målvärde (frivilligt)").FillAsync("25");
        await page.GetByLabel("Hur målet mäts").SelectOptionAsync("shareEndedToWorkOrStudies");
        await page.LoadsAnotherAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Lägg till målet" }).ClickAsync());
        await page.ArrivesAtAsync(@"\?klart=mal");
        Assert.Contains("Arbete och studier efter avslutad insats", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.AssertAccessibleAsync();
        // Nothing wider than a phone.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
    }
}
