using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platform.EndToEnd.Tests.Support;
using Platform.Features.Board.Bodies;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Tests.Support;

namespace Platform.EndToEnd.Tests.Browser;

/// <summary>
/// The agenda and the draft minutes as the office works them, in Debian's Chromium against real
/// Kestrel, by keyboard where a person would use it: a meeting planned from the board's standard
/// agenda, an item renamed, one moved up with Enter on its button (focus comes back to the item),
/// one removed after the confirmation, the minutes started from the agenda, and a typo fixed in a
/// paragraph. Every page visited passes axe (WCAG 2.1 AA); screenshots in artifacts/screenshots.
/// </summary>
public sealed class BrowserAgendaTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private readonly PlatformFactory _platform = new();
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private int _port;
    private TenantInfo _tenant = null!;
    private static readonly string Screenshots = Path.Combine(LocalServers.RepositoryRoot, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        _port = LocalServers.FreePort();
        _platform.UseKestrel(_port);
        _platform.StartServer();

        _tenant = await _platform.ProvisionAsync("insjoriket", "Samordningsförbundet Insjöriket");
        // The board as the office adds it: with the standard agenda.
        await _platform.InTenantAsync(_tenant, s => s.GetRequiredService<BodyRegister>().SaveBodyAsync(null, new BodyInput { Kind = "Board", Name = "Styrelsen" }, CancellationToken.None));
        await _platform.AddPersonAsync(_tenant, Roles.Admin, "melina@insjoriket.test");
        Directory.CreateDirectory(Screenshots);

        (_playwright, _browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    public void Dispose() => _platform.Dispose();

    private string Url(string path) => $"http://insjoriket.localhost:{_port}{path}";

    private async Task<IPage> SignedInAsync(string email, string returnTo)
    {
        var context = await _browser.NewContextAsync(new() { ViewportSize = new() { Width = 1100, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000); // a loaded CI machine is slow; a wrong page fails on its assertions, not on time
        page.Response += (_, r) => { if (r.Status >= 400) output.WriteLine($"{r.Request.Method} {r.Url} → {r.Status}"); };
        await page.GotoAsync(Url($"/konto/logga-in?ReturnUrl={Uri.EscapeDataString(returnTo)}"));
        await page.GetByLabel("E-postadress").FillAsync(email);
        await page.GetByLabel("Lösenord").FillAsync(PlatformFactory.Password);
        await page.LoadsAnotherAsync(() => page.GetByLabel("Lösenord").PressAsync("Enter"));
        await page.ArrivesAtAsync("^" + Regex.Escape(Url(returnTo)) + "$");
        return page;
    }

    /// <summary>A screenshot of a page the test visits, and axe's WCAG 2.1 AA check of it.</summary>
    private static async Task ShotAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"agenda-{name}.png"), FullPage = true });
        await page.AssertAccessibleAsync();
    }

    private static Task ClickAsync(IPage page, AriaRole role, string name) =>
        page.LoadsAnotherAsync(() => page.GetByRole(role, new() { Name = name, Exact = true }).ClickAsync());

    private static async Task ConfirmedAsync(IPage page, string text) =>
        Assert.Contains(text, await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);

    private static async Task<string[]> AgendaAsync(IPage page) =>
        (await page.Locator("ol.agenda > li > strong").AllInnerTextsAsync()).ToArray();

    private static Task<string> FocusedAsync(IPage page) =>
        page.EvaluateAsync<string>("() => (document.activeElement?.id || '') + '|' + (document.activeElement?.textContent || '').trim()");

    [Fact]
    public async Task The_office_plans_from_the_template_edits_and_moves_the_agenda_and_starts_and_corrects_the_minutes()
    {
        // The fake clock: Monday 2026-11-23, 10.00 Swedish time. The meeting was this morning.
        var admin = await SignedInAsync("melina@insjoriket.test", "/moten");
        await admin.Locator("#New_Date").FillAsync("2026-11-23");
        await admin.Locator("#New_StartTime").FillAsync("08:00");
        await admin.Locator("#New_EndTime").FillAsync("09:30");
        await admin.Locator("#New_Place").FillAsync("Brogatan");
        Assert.False(await admin.GetByLabel("Börja med en tom dagordning").IsCheckedAsync());
        await ShotAsync(admin, "01-planera");
        await ClickAsync(admin, AriaRole.Button, "Planera sammanträdet");
        await admin.ArrivesAtAsync(@"/moten/[^/?]+\?klart=sammantrade#uppgifter-klart$");
        Assert.Equal(
            ["Sammanträdet öppnas", "Val av justerare", "Fastställande av dagordning", "Föregående protokoll", "Informationspunkt förbundschef", "Övriga frågor", "Nästa sammanträde", "Sammanträdet avslutas"],
            await AgendaAsync(admin));
        await ShotAsync(admin, "02-dagordning-fran-mallen");

        // Rename an item: its form opens in place (a plain link), and the page comes back to the item.
        await ClickAsync(admin, AriaRole.Link, "Ändra ärendet Föregående protokoll");
        await ShotAsync(admin, "03-andra-arende");
        await admin.Locator("#EditAgenda_Title").FillAsync("Protokoll från sammanträdet 2026-10-20");
        await ClickAsync(admin, AriaRole.Button, "Spara ärendet");
        await ConfirmedAsync(admin, "Ärendet är ändrat.");
        Assert.Equal("Protokoll från sammanträdet 2026-10-20", (await AgendaAsync(admin))[3]);

        // Add the board's own matter: it goes before the closing items unless the office chooses otherwise.
        await admin.Locator("#Agenda_Title").FillAsync("Ekonomisk uppföljning");
        await admin.Locator("#Agenda_ProposedDecision").FillAsync("Att lägga uppföljningen till handlingarna.");
        await ClickAsync(admin, AriaRole.Button, "Lägg till ärendet");
        await ConfirmedAsync(admin, "Ärendet är tillagt");
        Assert.Equal("Ekonomisk uppföljning", (await AgendaAsync(admin))[4]);

        // Move it up by keyboard: focus the button, press Enter; focus comes back to the item, and the next Tab reaches its tools.
        await admin.GetByRole(AriaRole.Button, new() { Name = "Flytta upp ärendet Ekonomisk uppföljning", Exact = true }).FocusAsync();
        await admin.LoadsAnotherAsync(() => admin.Keyboard.PressAsync("Enter"));
        await ConfirmedAsync(admin, "Ärendet är flyttat.");
        Assert.Equal("Ekonomisk uppföljning", (await AgendaAsync(admin))[3]);
        Assert.Equal("Protokoll från sammanträdet 2026-10-20", (await AgendaAsync(admin))[4]);
        Assert.StartsWith("arende-", await FocusedAsync(admin), StringComparison.Ordinal);
        await admin.Keyboard.PressAsync("Tab");
        Assert.Equal("|Ändra ärendet Ekonomisk uppföljning", await FocusedAsync(admin));
        await ShotAsync(admin, "04-flyttat");

        // Remove an item: the link asks first, and nothing is gone until the office confirms.
        await ClickAsync(admin, AriaRole.Link, "Ta bort ärendet Nästa sammanträde");
        Assert.Contains("Vill du ta bort ärendet Nästa sammanträde från dagordningen?", await admin.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Equal(9, (await AgendaAsync(admin)).Length);
        await ShotAsync(admin, "05-ta-bort-fragar-forst");
        await ClickAsync(admin, AriaRole.Button, "Ja, ta bort ärendet");
        await ConfirmedAsync(admin, "Ärendet är borttaget");
        Assert.DoesNotContain("Nästa sammanträde", await AgendaAsync(admin));
        Assert.Equal(8, (await AgendaAsync(admin)).Length);

        // Start the minutes from the agenda: one paragraph per item, in order.
        await ClickAsync(admin, AriaRole.Button, "Starta protokollet från dagordningen");
        await ConfirmedAsync(admin, "Protokollet har en paragraf per ärende");
        var paragraphs = await admin.Locator("article.paragraph h4").AllInnerTextsAsync();
        Assert.Equal(8, paragraphs.Count);
        Assert.Equal("§ 1 Sammanträdet öppnas", paragraphs[0].Trim());
        Assert.Equal("§ 4 Ekonomisk uppföljning", paragraphs[3].Trim());
        Assert.Contains("Styrelsen beslutade att lägga uppföljningen till handlingarna.", await admin.Locator("article.paragraph").Nth(3).InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Starta protokollet från dagordningen", await admin.InnerTextAsync("main"), StringComparison.Ordinal);
        await ShotAsync(admin, "06-paragrafer-fran-dagordningen");

        // Fix a typo in a paragraph: its form opens in place, and the page comes back to it.
        await ClickAsync(admin, AriaRole.Link, "Ändra § 4");
        await ShotAsync(admin, "07-andra-paragraf");
        await admin.Locator("#EditParagraph_Text").FillAsync("Utfall mot budget till och med okotber.");
        await ClickAsync(admin, AriaRole.Button, "Spara paragrafen");
        await ConfirmedAsync(admin, "Paragrafen är sparad.");
        await ClickAsync(admin, AriaRole.Link, "Ändra § 4");
        await admin.Locator("#EditParagraph_Text").FillAsync("Utfall mot budget till och med oktober.");
        await admin.Locator("#EditParagraph_Text").PressAsync("Tab");
        await admin.LoadsAnotherAsync(() => admin.GetByRole(AriaRole.Button, new() { Name = "Spara paragrafen", Exact = true }).PressAsync("Enter"));
        await ConfirmedAsync(admin, "Paragrafen är sparad.");
        var main = await admin.InnerTextAsync("main");
        Assert.Contains("Utfall mot budget till och med oktober.", main, StringComparison.Ordinal);
        Assert.DoesNotContain("okotber", main, StringComparison.Ordinal);
        Assert.StartsWith("paragrafer-klart|", await FocusedAsync(admin), StringComparison.Ordinal); // back at the paragraphs, on their confirmation
        await ShotAsync(admin, "08-paragraf-rattad");
    }
}
