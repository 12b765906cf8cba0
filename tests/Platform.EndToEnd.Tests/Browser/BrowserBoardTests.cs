using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platform.EndToEnd.Tests.Support;
using Platform.Features.Board.Model;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.EndToEnd.Tests.Browser;

/// <summary>
/// A board meeting from plan to notice board as the kansli and the adjusters meet it, in Debian's
/// Chromium against real Kestrel: the admin plans the meeting, adds agenda items and a paper,
/// records attendance and decisions and sends the minutes for adjustment; two adjusters approve in
/// their own browsers; the admin posts the notice and the public sees it with the right dates.
/// A screenshot of every page is kept in artifacts/screenshots.
/// </summary>
public sealed class BrowserBoardTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime, IDisposable
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

        _tenant = await _platform.ProvisionAsync("sundsvall", "Samordningsförbundet i Sundsvall");
        await _platform.InTenantAsync(_tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            db.Bodies.Add(new Body { Id = Guid.NewGuid(), Kind = BodyKind.Board, Name = "Styrelsen" });
            await db.SaveChangesAsync();
        });
        await _platform.AddPersonAsync(_tenant, Roles.Admin, "jan.andersson@sundsvall.test");
        await _platform.AddPersonAsync(_tenant, Roles.Board, "jonas.vast@sundsvall.test");
        await _platform.AddPersonAsync(_tenant, Roles.Board, "peter.pettersson@sundsvall.test");
        Directory.CreateDirectory(Screenshots);

        (_playwright, _browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    public void Dispose() => _platform.Dispose();

    private string Url(string path) => $"http://sundsvall.localhost:{_port}{path}";

    /// <summary>A browser of its own (its own cookies) for one person, signed in.</summary>
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
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"{name}.png"), FullPage = true });
        await page.AssertAccessibleAsync();
    }

    private static async Task SubmitAsync(IPage page, string button)
    {
        await page.LoadsAnotherAsync(() => page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync());
    }

    private static async Task ConfirmedAsync(IPage page, string text) =>
        Assert.Contains(text, await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);

    [Fact]
    public async Task The_kansli_runs_a_meeting_two_adjusters_approve_and_the_notice_appears_with_the_legal_dates()
    {
        // The fake clock: Monday 2026-11-23, 10.00 Swedish time. The meeting was this morning.
        var admin = await SignedInAsync("jan.andersson@sundsvall.test", "/moten");
        await admin.Locator("#New_Date").FillAsync("2026-11-23");
        await admin.Locator("#New_StartTime").FillAsync("08:00");
        await admin.Locator("#New_EndTime").FillAsync("09:30");
        await admin.GetByLabel("Extra sammanträde").CheckAsync();
        await admin.Locator("#New_Place").FillAsync("Kommunhuset rum 612");
        await ShotAsync(admin, "01-planera-sammantrade");
        await SubmitAsync(admin, "Planera sammanträdet");
        await admin.ArrivesAtAsync(@"/moten/[^/?]+\?klart=sammantrade$");
        var meetingPath = new Uri(admin.Url).AbsolutePath;

        foreach (var title in new[] { "Sammanträdet öppnas", "Reviderad ansökan om en arbetskonsulent" })
        {
            await admin.Locator("#Agenda_Title").FillAsync(title);
            await SubmitAsync(admin, "Lägg till ärendet");
            await ConfirmedAsync(admin, "Ärendet är tillagt");
        }
        await admin.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "Bilaga 1.pdf", MimeType = "application/pdf", Buffer = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n") });
        await admin.Locator("#agendaItemId").SelectOptionAsync(new SelectOptionValue { Label = "Reviderad ansökan om en arbetskonsulent" });
        await admin.GetByLabel("Offentlig: kan laddas ner från anslagstavlan").CheckAsync();
        await SubmitAsync(admin, "Ladda upp");
        await ConfirmedAsync(admin, "Handlingen är uppladdad");
        Assert.Contains("Bilaga 1.pdf", await admin.InnerTextAsync("#handlingar + ul"), StringComparison.Ordinal);
        await ShotAsync(admin, "02-dagordning-och-handlingar");

        await admin.Locator("#Minutes_Chair").FillAsync("Jonas Väst");
        await admin.Locator("#Minutes_Secretary").FillAsync("Jan Andersson");
        await admin.Locator("#Minutes_KeptAt").FillAsync("Samordningsförbundet i Sundsvall, Kommunhuset rum 612");
        await admin.LoadsAnotherAsync(() => admin.Locator("form:has(#Minutes_Chair) button[type=submit]").ClickAsync());
        await ConfirmedAsync(admin, "Protokollets uppgifter är sparade");

        foreach (var (name, organisation) in new[] { ("Jonas Väst", "Sundsvalls kommun"), ("Peter Pettersson", "Arbetsförmedlingen") })
        {
            if (!await admin.Locator("#Attendee_Name").IsVisibleAsync()) await admin.GetByText("Lägg till en person i närvarolistan").ClickAsync();
            await admin.Locator("#Attendee_Name").FillAsync(name);
            await admin.Locator("#Attendee_Organisation").FillAsync(organisation);
            await SubmitAsync(admin, "Lägg till");
            await ConfirmedAsync(admin, "Närvarolistan är uppdaterad");
        }
        foreach (var (name, email) in new[] { ("Jonas Väst", "jonas.vast@sundsvall.test"), ("Peter Pettersson", "peter.pettersson@sundsvall.test") })
        {
            if (!await admin.Locator("#NewAdjuster_Name").IsVisibleAsync()) await admin.GetByText("Utse en justerare").ClickAsync();
            await admin.Locator("#NewAdjuster_Name").FillAsync(name);
            await admin.Locator("#NewAdjuster_Email").FillAsync(email);
            await SubmitAsync(admin, "Utse justeraren");
            await ConfirmedAsync(admin, "Justerarna är uppdaterade");
        }

        // A decision, a recusal; an empty title is refused beside the field and nothing is lost.
        await admin.Locator("#NewParagraph_Decision").FillAsync("Styrelsen beslutade att bevilja medel med 247 500 kr för 2024.");
        await SubmitAsync(admin, "Lägg till paragrafen");
        Assert.Contains("Ange paragrafens rubrik.", await admin.InnerTextAsync("form:has(#NewParagraph_Title)"), StringComparison.Ordinal);
        Assert.Equal("Styrelsen beslutade att bevilja medel med 247 500 kr för 2024.", await admin.Locator("#NewParagraph_Decision").InputValueAsync());
        await admin.Locator("#NewParagraph_Title").FillAsync("Reviderad ansökan om en arbetskonsulent");
        await admin.Locator("#NewParagraph_Recusals").FillAsync("Jonas Väst");
        await SubmitAsync(admin, "Lägg till paragrafen");
        await ConfirmedAsync(admin, "Paragrafen är sparad");
        Assert.Contains("§ 1 Reviderad ansökan", await admin.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Contains("Jonas Väst deltog inte i beslutet", await admin.InnerTextAsync("main"), StringComparison.Ordinal);
        await ShotAsync(admin, "03-protokoll-utkast");

        await SubmitAsync(admin, "Skicka för justering");
        await ConfirmedAsync(admin, "skickat för justering");
        await ShotAsync(admin, "04-skickat-for-justering");

        // Each adjuster approves in their own browser.
        foreach (var (email, shot) in new[] { ("jonas.vast@sundsvall.test", "05-justerare-1"), ("peter.pettersson@sundsvall.test", "06-justerare-2") })
        {
            var adjuster = await SignedInAsync(email, meetingPath);
            await ShotAsync(adjuster, shot);
            await SubmitAsync(adjuster, "Justera protokollet");
            await ConfirmedAsync(adjuster, "Du har justerat protokollet");
            await adjuster.Context.CloseAsync();
        }

        // The association posts automatically (the default): the last approval put the notice up.
        await admin.ReloadAsync();
        var adjusted = await admin.InnerTextAsync("main");
        Assert.Contains("justerades 2026-11-23", adjusted, StringComparison.Ordinal);
        Assert.Contains("Anslag § 1", adjusted, StringComparison.Ordinal);
        Assert.Equal(0, await admin.GetByRole(AriaRole.Button, new() { Name = "Anslå på anslagstavlan", Exact = true }).CountAsync());
        await ShotAsync(admin, "07-anslaget");

        var print = await admin.Context.NewPageAsync();
        await print.GotoAsync(Url(meetingPath + "/protokoll"));
        Assert.Contains("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", await print.InnerTextAsync("main"), StringComparison.Ordinal);
        await ShotAsync(print, "08-protokoll-utskrift");

        // The public: no sign-in, the notice with the dates the law gives.
        var visitor = await (await _browser.NewContextAsync()).NewPageAsync();
        visitor.SetDefaultTimeout(60_000);
        await visitor.GotoAsync(Url("/anslagstavla"));
        Assert.Equal("sv", await visitor.GetAttributeAsync("html", "lang"));
        var notice = await visitor.InnerTextAsync("main");
        Assert.Contains("Styrelsen, sammanträde 2026-11-23, § 1", notice, StringComparison.Ordinal);
        Assert.Contains("Justeringsdatum\t2026-11-23", notice.Replace("\n", "\t", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Sista dag att överklaga\t2026-12-14", notice.Replace("\n", "\t", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Anslaget tas ned tidigast\t2026-12-15", notice.Replace("\n", "\t", StringComparison.Ordinal), StringComparison.Ordinal);
        await ShotAsync(visitor, "09-anslagstavlan");

        // Keyboard only: tab to the notice's link and open it.
        var link = visitor.GetByRole(AriaRole.Link, new() { Name = "Styrelsen, sammanträde 2026-11-23, § 1" });
        await link.FocusAsync();
        await visitor.LoadsAnotherAsync(() => visitor.Keyboard.PressAsync("Enter"));
        await visitor.ArrivesAtAsync("/anslagstavla/[^/?]+$");
        Assert.Contains("Jonas Väst deltog inte i beslutet", await visitor.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Contains("Bilaga 1.pdf", await visitor.InnerTextAsync("main"), StringComparison.Ordinal);
        await ShotAsync(visitor, "10-anslag-med-protokoll");
    }
}
