using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platform.EndToEnd.Tests.Support;
using Platform.Features.Members;
using Platform.Infrastructure.Identity;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.EndToEnd.Tests.Browser;

/// <summary>
/// The sign-in as a person meets it: Debian's Chromium (installed by build/test.sh) driven by
/// Playwright against the platform on real Kestrel. Chromium resolves *.localhost to loopback,
/// so each association's host is its own site with its own cookies, as in production.
/// </summary>
public sealed class BrowserSignInTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime, IDisposable
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

        var roslagen = await _platform.ProvisionAsync("roslagen", "Samordningsförbundet Roslagen");
        await _platform.ProvisionAsync("suvs", "Samordningsförbundet SUVS");
        await _platform.InTenantAsync(roslagen, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            db.Members.Add(new Member { Id = Guid.NewGuid(), Kind = MemberKind.Municipality, Name = "Norrtälje kommun", Population = 64000, MemberFrom = new DateOnly(2015, 1, 1) });
            await db.SaveChangesAsync();
        });
        await _platform.AddPersonAsync(roslagen, Roles.Board, "anna@roslagen.test");

        (_playwright, _browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    public void Dispose() => _platform.Dispose();

    [Fact]
    public async Task A_person_signs_in_sees_the_members_signs_out_and_is_refused_by_another_association()
    {
        var page = await _browser.NewPageAsync();
        page.SetDefaultTimeout(60_000); // a loaded CI machine is slow; a wrong page fails on its assertions, not on time
        page.Response += (_, r) => output.WriteLine($"{r.Request.Method} {r.Url} → {r.Status}"); // what the browser saw, for a failing run
        await page.GotoAsync($"http://roslagen.localhost:{_port}/");
        Assert.Contains("för att se förbundets medlemmar", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.AssertAccessibleAsync(); // axe, WCAG 2.1 A and AA, on every page the test visits

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Logga in" }).ClickAsync();
        await page.GetByLabel("E-postadress").FillAsync("anna@roslagen.test");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Lösenord").FillAsync(PlatformFactory.Password);
        await page.LoadsAnotherAsync(() => page.GetByLabel("Lösenord").PressAsync("Enter")); // the keyboard is enough
        await page.ArrivesAtAsync($"^http://roslagen\\.localhost:{_port}/$");

        Assert.Contains("Norrtälje kommun", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Contains("Testperson anna@roslagen.test", await page.InnerTextAsync("header"), StringComparison.Ordinal);
        await page.AssertAccessibleAsync();

        await page.LoadsAnotherAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).ClickAsync());
        await page.ArrivesAtAsync(@"/konto/logga-ut\?klart=1$");
        Assert.Contains("Du är utloggad", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await page.AssertAccessibleAsync();
        await page.GotoAsync($"http://roslagen.localhost:{_port}/");
        Assert.DoesNotContain("Norrtälje kommun", await page.InnerTextAsync("main"), StringComparison.Ordinal);

        // The same person on SUVS's host: the right password, but no role there.
        await page.GotoAsync($"http://suvs.localhost:{_port}/konto/logga-in");
        await page.GetByLabel("E-postadress").FillAsync("anna@roslagen.test");
        await page.GetByLabel("Lösenord").FillAsync(PlatformFactory.Password);
        await page.LoadsAnotherAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync());
        var refusal = await page.GetByRole(AriaRole.Alert).InnerTextAsync();
        Assert.Contains("Ditt konto har ingen behörighet i Samordningsförbundet SUVS", refusal, StringComparison.Ordinal);
        await page.AssertAccessibleAsync();
        Assert.DoesNotContain("Roslagen", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.DoesNotContain(await page.Context.CookiesAsync($"http://suvs.localhost:{_port}/"), c => c.Name == "samordning");
    }
}
