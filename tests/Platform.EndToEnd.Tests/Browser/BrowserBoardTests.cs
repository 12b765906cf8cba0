using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platform.EndToEnd.Tests.Support;
using Platform.Features.Board.Bodies;
using Platform.Features.Board.Model;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.EndToEnd.Tests.Browser;

/// <summary>
/// A board meeting from plan to notice board as the kansli and the adjusters meet it, in Debian's
/// Chromium against real Kestrel: the admin plans the meeting, adds agenda items and a paper,
/// takes attendance from the board's seats (a substitute serving for an absent member), chooses chair,
/// secretary and adjusters among those present, records decisions and sends the minutes for
/// adjustment; the adjuster without an account gets in through the invitation and sends them back
/// with a comment; sent again, both approve in their own browsers, and the public sees the notice
/// with the right dates.
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
            // The board's seats in the register: three members (Jonas Väst chairs), a substitute, and
            // the kansli's förbundschef, who keeps the minutes.
            var db = s.GetRequiredService<TenantDb>();
            var board = new Body { Id = Guid.NewGuid(), Kind = BodyKind.Board, Name = "Styrelsen" };
            db.Bodies.Add(board);
            s.GetRequiredService<AgendaTemplates>().AddStandard(board.Id); // as every new body gets it
            foreach (var (name, organisation, email, kind, position, order) in new (string, string, string?, SeatKind?, SeatPosition, int?)[]
            {
                ("Jonas Väst", "Sundsvalls kommun", "jonas.vast@sundsvall.test", SeatKind.Member, SeatPosition.Chair, null),
                ("Peter Pettersson", "Arbetsförmedlingen", "peter.pettersson@sundsvall.test", SeatKind.Member, SeatPosition.None, null),
                ("Lena Lind", "Region Västernorrland", null, SeatKind.Member, SeatPosition.None, null),
                ("Sara Sund", "Region Västernorrland", null, SeatKind.Substitute, SeatPosition.None, 1),
                ("Jan Andersson", "Samordningsförbundet i Sundsvall", "jan.andersson@sundsvall.test", null, SeatPosition.None, null),
            })
            {
                var contact = new Contact { Id = Guid.NewGuid(), Name = name, Organisation = organisation, Email = email };
                db.Contacts.Add(contact);
                if (kind is { } seatKind)
                    db.Seats.Add(new Seat { Id = Guid.NewGuid(), BodyId = board.Id, ContactId = contact.Id, Kind = seatKind, Position = position, SubstituteOrder = order, From = new DateOnly(2023, 1, 1) });
            }
            await db.SaveChangesAsync();
        });
        await _platform.AddPersonAsync(_tenant, Roles.Admin, "jan.andersson@sundsvall.test");
        await _platform.AddPersonAsync(_tenant, Roles.Board, "jonas.vast@sundsvall.test");
        // Peter Pettersson has no account: he gets in through the invitation in the adjustment email.
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

    /// <summary>A browser of its own (its own cookies) for one person: the office's desk, or a board member's phone.</summary>
    private async Task<IPage> NewBrowserAsync(int width = 1100)
    {
        var context = await _browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = width < 500 ? 800 : 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000); // a loaded CI machine is slow; a wrong page fails on its assertions, not on time
        page.Response += (_, r) => { if (r.Status >= 400) output.WriteLine($"{r.Request.Method} {r.Url} → {r.Status}"); };
        return page;
    }

    /// <summary>A browser of its own (its own cookies) for one person, signed in.</summary>
    private async Task<IPage> SignedInAsync(string email, string returnTo, int width = 1100)
    {
        var page = await NewBrowserAsync(width);
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

    private static Task SubmitLinkAsync(IPage page, string link) =>
        page.LoadsAnotherAsync(() => page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync());

    private static async Task SubmitAsync(IPage page, string button)
    {
        await page.LoadsAnotherAsync(() => page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync());
    }

    private static async Task ConfirmedAsync(IPage page, string text) =>
        Assert.Contains(text, await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);

    private static async Task<string[]> AgendaAsync(IPage page) =>
        (await page.Locator("ol.agenda > li > strong").AllInnerTextsAsync()).ToArray();

    private static Task<string> FocusedAsync(IPage page) =>
        page.EvaluateAsync<string>("() => (document.activeElement?.id || document.activeElement?.className || '') + '|' + (document.activeElement?.textContent || '').trim()");

    /// <summary>
    /// Issue 19's whole office task list in one go, by keyboard where a person would use it, and the
    /// board member's part on a phone: plan from the template, rename and move an agenda item, upload
    /// a paper, take attendance from the seats with a substitute serving, start the minutes from the
    /// agenda, fix a typo in a paragraph, choose two adjusters among those present (one without an
    /// account, who gets in through the invitation and sends the minutes back with a comment), fix
    /// and send again, both approve, and the notice is posted. axe checks every page on the way.
    /// </summary>
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
        await admin.ArrivesAtAsync(@"/moten/[^/?]+\?klart=sammantrade#uppgifter-klart$");
        var meetingPath = new Uri(admin.Url).AbsolutePath;
        Assert.Equal("uppgifter-klart|Sammanträdet är sparat.", await FocusedAsync(admin)); // the confirmation has focus
        Assert.Equal(
            ["Sammanträdet öppnas", "Val av justerare", "Fastställande av dagordning", "Föregående protokoll", "Informationspunkt förbundschef", "Övriga frågor", "Nästa sammanträde", "Sammanträdet avslutas"],
            await AgendaAsync(admin)); // from the body's template

        // The board's own matter (with a typo the minutes will fix), placed before the closing items.
        await admin.Locator("#Agenda_Title").FillAsync("Reviderad ansökan om en arbetskonsulnet");
        await admin.Locator("#Agenda_ProposedDecision").FillAsync("Att bevilja medel med 247 500 kr för 2024.");
        await SubmitAsync(admin, "Lägg till ärendet");
        await ConfirmedAsync(admin, "Ärendet är tillagt");
        Assert.Equal("dagordning-klart|Ärendet är tillagt på dagordningen.", await FocusedAsync(admin)); // back at the agenda, focus on its message

        // Rename an item by keyboard: the link opens its form in place.
        await admin.GetByRole(AriaRole.Link, new() { Name = "Ändra ärendet Informationspunkt förbundschef", Exact = true }).FocusAsync();
        await admin.LoadsAnotherAsync(() => admin.Keyboard.PressAsync("Enter"));
        await admin.Locator("#EditAgenda_Title").FillAsync("Förbundschefen informerar");
        await admin.LoadsAnotherAsync(() => admin.Locator("#EditAgenda_Title").PressAsync("Enter"));
        await ConfirmedAsync(admin, "Ärendet är ändrat.");

        // Move the board's matter down by keyboard: focus stays on the item for the next move.
        await admin.GetByRole(AriaRole.Button, new() { Name = "Flytta ned ärendet Reviderad ansökan om en arbetskonsulnet", Exact = true }).FocusAsync();
        await admin.LoadsAnotherAsync(() => admin.Keyboard.PressAsync("Enter"));
        await ConfirmedAsync(admin, "Ärendet är flyttat.");
        Assert.StartsWith("arende-", await FocusedAsync(admin), StringComparison.Ordinal);
        Assert.Equal(
            ["Sammanträdet öppnas", "Val av justerare", "Fastställande av dagordning", "Föregående protokoll", "Förbundschefen informerar", "Reviderad ansökan om en arbetskonsulnet", "Övriga frågor", "Nästa sammanträde", "Sammanträdet avslutas"],
            await AgendaAsync(admin));

        await admin.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "Bilaga 1.pdf", MimeType = "application/pdf", Buffer = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n") });
        await admin.Locator("#agendaItemId").SelectOptionAsync(new SelectOptionValue { Label = "Reviderad ansökan om en arbetskonsulnet" });
        await admin.GetByLabel("Offentlig: kan laddas ner från anslagstavlan").CheckAsync();
        await SubmitAsync(admin, "Ladda upp");
        await ConfirmedAsync(admin, "Handlingen är uppladdad");
        Assert.Contains("Bilaga 1.pdf", await admin.Locator("#handlingar ~ ul").First.InnerTextAsync(), StringComparison.Ordinal);
        await ShotAsync(admin, "02-dagordning-och-handlingar");

        // Attendance from the board's seats: Lena Lind was away, and Sara Sund served for her; the
        // förbundschef is added from the register. Nobody's name is typed.
        await SubmitAsync(admin, "Hämta närvaro från organets ledamöter");
        await ConfirmedAsync(admin, "hämtade till närvarolistan");
        await admin.GetByLabel("Lena Lind närvarande").UncheckAsync();
        await admin.GetByLabel("Sara Sund närvarande").CheckAsync();
        await admin.GetByLabel("Sara Sund tjänstgör för").SelectOptionAsync(new SelectOptionValue { Label = "Lena Lind" });
        await SubmitAsync(admin, "Spara närvaron");
        await ConfirmedAsync(admin, "Närvarolistan är uppdaterad");
        await admin.GetByText("Lägg till gäster och tjänstepersoner").ClickAsync();
        await admin.Locator("#Attendee_ContactId").SelectOptionAsync(new SelectOptionValue { Label = "Jan Andersson, Samordningsförbundet i Sundsvall" });
        await admin.Locator("#Attendee_Note").FillAsync("Sekreterare");
        await SubmitAsync(admin, "Lägg till i närvarolistan");
        await ConfirmedAsync(admin, "Närvarolistan är uppdaterad");

        // Chair, secretary and adjusters are chosen among those present.
        Assert.Equal(0, await admin.Locator("#Minutes_ChairId option", new() { HasTextString = "Lena Lind" }).CountAsync());
        await admin.Locator("#Minutes_ChairId").SelectOptionAsync(new SelectOptionValue { Label = "Jonas Väst, Sundsvalls kommun" });
        await admin.Locator("#Minutes_SecretaryId").SelectOptionAsync(new SelectOptionValue { Label = "Jan Andersson, Samordningsförbundet i Sundsvall" });
        await admin.Locator("#Minutes_KeptAt").FillAsync("Samordningsförbundet i Sundsvall, Kommunhuset rum 612");
        await admin.LoadsAnotherAsync(() => admin.Locator("form:has(#Minutes_ChairId) button[type=submit]").ClickAsync());
        await ConfirmedAsync(admin, "Protokollets uppgifter är sparade");
        foreach (var name in new[] { "Jonas Väst, Sundsvalls kommun", "Peter Pettersson, Arbetsförmedlingen" })
        {
            await admin.Locator("#NewAdjuster_AttendanceId").SelectOptionAsync(new SelectOptionValue { Label = name });
            await SubmitAsync(admin, "Utse justeraren");
            await ConfirmedAsync(admin, "Justerarna är uppdaterade");
        }
        Assert.Contains("peter.pettersson@sundsvall.test, har inget konto än", await admin.InnerTextAsync("#justerare + ul"), StringComparison.Ordinal);
        await ShotAsync(admin, "02b-narvaro-och-justerare");

        // The minutes start from the agenda: one paragraph per item, § 1–9.
        await SubmitAsync(admin, "Starta protokollet från dagordningen");
        await ConfirmedAsync(admin, "Protokollet har en paragraf per ärende");
        Assert.Equal(9, await admin.Locator("article.paragraph").CountAsync());

        // Fix the typo in § 6, and add the recusal. An empty title is refused beside the field, the
        // error summary takes focus and links to it, and nothing typed is lost.
        await SubmitLinkAsync(admin, "Ändra § 6");
        await admin.Locator("#EditParagraph_Title").FillAsync("");
        await admin.Locator("#EditParagraph_Recusals").FillAsync("Jonas Väst");
        await SubmitAsync(admin, "Spara paragrafen");
        Assert.StartsWith("error-summary|", await FocusedAsync(admin), StringComparison.Ordinal);
        Assert.Equal("true", await admin.Locator("#EditParagraph_Title").GetAttributeAsync("aria-invalid"));
        Assert.Contains("Ange paragrafens rubrik.", await admin.InnerTextAsync(".error-summary"), StringComparison.Ordinal);
        Assert.Equal("Jonas Väst", await admin.Locator("#EditParagraph_Recusals").InputValueAsync());
        await ShotAsync(admin, "03a-fel-vid-faltet");
        await admin.Locator("#EditParagraph_Title").FillAsync("Reviderad ansökan om en arbetskonsulent");
        await SubmitAsync(admin, "Spara paragrafen");
        await ConfirmedAsync(admin, "Paragrafen är sparad");
        var draft = await admin.InnerTextAsync("main");
        Assert.Contains("§ 6 Reviderad ansökan om en arbetskonsulent", draft, StringComparison.Ordinal);
        Assert.Contains("Styrelsen beslutade att bevilja medel med 247 500 kr för 2024.", draft, StringComparison.Ordinal);
        Assert.Contains("Jonas Väst deltog inte i beslutet", draft, StringComparison.Ordinal);
        await ShotAsync(admin, "03-protokoll-utkast");

        await SubmitAsync(admin, "Skicka för justering");
        await ConfirmedAsync(admin, "skickat för justering");
        await ShotAsync(admin, "04-skickat-for-justering");

        // Peter Pettersson has no account: the adjustment email invites him straight to the minutes.
        // He chooses a password, lands on the minutes and sends them back with a comment.
        var invitation = (await _platform.OutboxAsync(_tenant)).Single(m => m.To.Contains("peter.pettersson", StringComparison.Ordinal));
        Assert.Contains("Skapa ditt konto och justera", invitation.TextBody, StringComparison.Ordinal);
        var peter = await NewBrowserAsync(width: 375); // a board member's part, on a phone
        await peter.GotoAsync(Url(new Uri(Regex.Match(invitation.TextBody, @"https?://\S+/konto/inbjudan\S+").Value).PathAndQuery));
        await peter.GetByLabel("Ditt namn").FillAsync("Peter Pettersson");
        await peter.GetByLabel("Nytt lösenord").FillAsync("Peters långa lösenfras");
        await peter.GetByLabel("Samma lösenord igen").FillAsync("Peters långa lösenfras");
        await ShotAsync(peter, "05a-inbjudan-till-protokollet");
        await SubmitAsync(peter, "Ta emot inbjudan");
        await peter.ArrivesAtAsync("^" + Regex.Escape(Url(meetingPath)) + "$");
        await peter.GetByText("Skicka tillbaka protokollet till kansliet").ClickAsync();
        await peter.GetByLabel("Vad behöver ändras?").FillAsync("Beslutet i § 6 ska gälla 2025, inte 2024.");
        await ShotAsync(peter, "05b-skicka-tillbaka");
        await SubmitAsync(peter, "Skicka tillbaka till kansliet");
        await ConfirmedAsync(peter, "Protokollet är tillbakaskickat");

        // The kansli reads the comment, fixes the decision and sends the minutes again; then both approve.
        await admin.ReloadAsync();
        Assert.Contains("Beslutet i § 6 ska gälla 2025, inte 2024.", await admin.InnerTextAsync("#tillbakaskickat"), StringComparison.Ordinal);
        await ShotAsync(admin, "05c-tillbakaskickat");
        await SubmitLinkAsync(admin, "Ändra § 6");
        await admin.Locator("#EditParagraph_Decision").FillAsync("Styrelsen beslutade att bevilja medel med 247 500 kr för 2025.");
        await SubmitAsync(admin, "Spara paragrafen");
        await ConfirmedAsync(admin, "Paragrafen är sparad");
        await SubmitAsync(admin, "Skicka för justering");
        await ConfirmedAsync(admin, "skickat för justering");

        await peter.ReloadAsync();
        await SubmitAsync(peter, "Justera protokollet");
        await ConfirmedAsync(peter, "Du har justerat protokollet");
        await peter.Context.CloseAsync();
        // Jonas Väst on his phone: the start page puts the minutes to approve first, one tap from them.
        var jonas = await SignedInAsync("jonas.vast@sundsvall.test", "/", width: 375);
        Assert.Equal("Protokoll att justera", (await jonas.Locator("main h2").First.InnerTextAsync()).Trim());
        await ShotAsync(jonas, "06a-startsida-telefon");
        await SubmitLinkAsync(jonas, "Läs och justera protokollet");
        await jonas.ArrivesAtAsync("^" + Regex.Escape(Url(meetingPath)) + "#justering$");
        var widths = await jonas.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1] + 1, $"the meeting page scrolls sideways on a phone: {widths[0]} > {widths[1]}");
        await ShotAsync(jonas, "06-justerare");
        await SubmitAsync(jonas, "Justera protokollet");
        await ConfirmedAsync(jonas, "Du har justerat protokollet");
        // The board's people on his phone: one card each, long e-mail addresses and all, within the screen.
        await jonas.GotoAsync(Url("/organ"));
        var cards = await jonas.EvaluateAsync<int[]>("() => [...document.querySelectorAll('table.members tbody tr')].map(r => Math.ceil(r.getBoundingClientRect().right - r.closest('.table-wrap').getBoundingClientRect().right))");
        Assert.NotEmpty(cards);
        Assert.All(cards, overflow => Assert.True(overflow <= 0, $"a card of /organ is cut off: it reaches {overflow} px past its box on the phone"));
        await jonas.Context.CloseAsync();

        // The association posts automatically (the default): the last approval put the notice up.
        await admin.ReloadAsync();
        var adjusted = await admin.InnerTextAsync("main");
        Assert.Contains("justerades 2026-11-23", adjusted, StringComparison.Ordinal);
        Assert.Contains("Anslag § 1–9", adjusted, StringComparison.Ordinal);
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
        Assert.Contains("Styrelsen, sammanträde 2026-11-23, § 1–9", notice, StringComparison.Ordinal);
        Assert.Contains("Justeringsdatum\t2026-11-23", notice.Replace("\n", "\t", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Sista dag att överklaga\t2026-12-14", notice.Replace("\n", "\t", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Anslaget tas ned tidigast\t2026-12-15", notice.Replace("\n", "\t", StringComparison.Ordinal), StringComparison.Ordinal);
        await ShotAsync(visitor, "09-anslagstavlan");

        // Keyboard only: tab to the notice's link and open it.
        var link = visitor.GetByRole(AriaRole.Link, new() { Name = "Styrelsen, sammanträde 2026-11-23, § 1–9" });
        await link.FocusAsync();
        await visitor.LoadsAnotherAsync(() => visitor.Keyboard.PressAsync("Enter"));
        await visitor.ArrivesAtAsync("/anslagstavla/[^/?]+$");
        Assert.Contains("Jonas Väst deltog inte i beslutet", await visitor.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Contains("247 500 kr för 2025", await visitor.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Contains("Bilaga 1.pdf", await visitor.InnerTextAsync("main"), StringComparison.Ordinal);
        await ShotAsync(visitor, "10-anslag-med-protokoll");
    }
}
