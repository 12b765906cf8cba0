using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platform.EndToEnd.Tests.Support;
using Platform.Features.Board.Model;
using Platform.Infrastructure;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.EndToEnd.Tests.Browser;

/// <summary>
/// The start page after sign-in in Debian's Chromium against real Kestrel, on the pinned clock
/// (Monday 2026-11-23): a board member's on a phone (375 px) has the minutes waiting for their
/// approval at the very top; the kansli's on a desktop starts its to-do list with the most urgent
/// item. Both pass axe (WCAG 2.1 A and AA); a screenshot of each is kept in artifacts/screenshots.
/// </summary>
public sealed class BrowserStartPageTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private readonly PlatformFactory _platform = new();
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private int _port;
    private TenantInfo _tenant = null!;
    private static readonly string Screenshots = Path.Combine(LocalServers.RepositoryRoot, "artifacts", "screenshots");
    private const string MemberEmail = "anna.ledamot@roslagen.test";
    private static readonly Guid MinutesToApprove = Guid.NewGuid(), NextMeeting = Guid.NewGuid(), DraftNearLimit = Guid.NewGuid();

    public async Task InitializeAsync()
    {
        _port = LocalServers.FreePort();
        _platform.UseKestrel(_port);
        _platform.StartServer();

        _tenant = await _platform.ProvisionAsync("roslagen", "Samordningsförbundet Roslagen");
        var now = _platform.Clock.GetUtcNow().UtcDateTime;
        await _platform.InTenantAsync(_tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            Guid board = Guid.NewGuid(), anna = Guid.NewGuid();
            db.Bodies.Add(new Body { Id = board, Kind = BodyKind.Board, Name = "Styrelsen" });
            db.Contacts.Add(new Contact { Id = anna, Name = "Anna Ledamot", Email = MemberEmail });
            db.Seats.Add(new Seat { Id = Guid.NewGuid(), BodyId = board, ContactId = anna, Kind = SeatKind.Member, From = new DateOnly(2023, 1, 1) });

            Meeting(db, MinutesToApprove, board, new DateOnly(2026, 11, 17), "Kommunhuset, rum 612");
            db.Minutes.Add(new Minutes { MeetingId = MinutesToApprove, Status = MinutesStatus.InAdjustment, SentForAdjustmentAt = now.AddDays(-2) });
            db.Adjusters.Add(new Adjuster { Id = Guid.NewGuid(), MeetingId = MinutesToApprove, Order = 1, Name = "Anna Ledamot", Email = MemberEmail });

            Meeting(db, DraftNearLimit, board, new DateOnly(2026, 11, 10), "Kommunhuset, rum 612");
            db.Minutes.Add(new Minutes { MeetingId = DraftNearLimit, Status = MinutesStatus.Draft });

            Meeting(db, NextMeeting, board, new DateOnly(2026, 12, 14), "Kommunhuset, rum 612");
            db.Papers.Add(new Paper { Id = Guid.NewGuid(), MeetingId = NextMeeting, FileName = "Budget 2027.pdf", ContentType = "application/pdf", Length = 120_000, UploadedAt = now });

            db.OutboxMessages.Add(new OutboxMessage
            {
                Id = Guid.NewGuid(),
                CorrelationKey = "test:retrying",
                To = "kansli@roslagen.test",
                Subject = "Veckosammanfattning",
                TextBody = "Veckan",
                HtmlBody = "<p>Veckan</p>",
                Status = OutboxStatus.Failed,
                Attempts = 1,
                CreatedAt = now.AddHours(-1),
                NextAttemptAt = now.AddHours(1),
            });
            await db.SaveChangesAsync();
        });
        await _platform.AddPersonAsync(_tenant, Roles.Admin, "kansli@roslagen.test");
        await _platform.AddPersonAsync(_tenant, Roles.Board, MemberEmail);
        Directory.CreateDirectory(Screenshots);

        (_playwright, _browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    public void Dispose() => _platform.Dispose();

    private static void Meeting(TenantDb db, Guid id, Guid body, DateOnly day, string place) => db.Meetings.Add(new Meeting
    {
        Id = id,
        BodyId = body,
        Kind = MeetingKind.Ordinary,
        StartsAt = SwedishTime.ToUtc(day, new TimeOnly(13, 0)),
        EndsAt = SwedishTime.ToUtc(day, new TimeOnly(15, 0)),
        Place = place,
        Status = day < new DateOnly(2026, 11, 23) ? MeetingStatus.Held : MeetingStatus.Planned,
    });

    private string Url(string path) => $"http://roslagen.localhost:{_port}{path}";

    /// <summary>Signs in in a browser of its own at <paramref name="width"/> pixels and lands on the start page.</summary>
    private async Task<IPage> SignedInAsync(string email, int width)
    {
        var context = await _browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 800 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000); // a loaded CI machine is slow; a wrong page fails on its assertions, not on time
        page.Response += (_, r) => { if (r.Status >= 400) output.WriteLine($"{r.Request.Method} {r.Url} → {r.Status}"); };
        await page.GotoAsync(Url("/konto/logga-in"));
        await page.GetByLabel("E-postadress").FillAsync(email);
        await page.GetByLabel("Lösenord").FillAsync(PlatformFactory.Password);
        await page.LoadsAnotherAsync(() => page.GetByLabel("Lösenord").PressAsync("Enter"));
        await page.ArrivesAtAsync("^" + Regex.Escape(Url("/")) + "$");
        return page;
    }

    [Fact]
    public async Task A_board_member_on_a_phone_has_the_minutes_to_approve_at_the_top()
    {
        var page = await SignedInAsync(MemberEmail, 375);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "startsida-ledamot-375.png"), FullPage = true });
        await page.AssertAccessibleAsync();

        // The first section after the association's name is the minutes waiting for her, and its button is the first action.
        Assert.Equal("Protokoll att justera", await page.Locator("main h2").First.InnerTextAsync());
        var approve = page.Locator("main a.button").First;
        Assert.Equal($"/moten/{MinutesToApprove}#justering", await approve.GetAttributeAsync("href"));
        Assert.Contains("Läs och justera protokollet", await approve.InnerTextAsync(), StringComparison.Ordinal);
        // Above the fold on a phone, and the page does not scroll sideways.
        var box = await approve.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Y + box.Height <= 800, $"the button is at {box.Y} px, below the first screen");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways at 375 px");

        var meetings = await page.Locator("#sammantraden ~ ul.cards").InnerTextAsync();
        Assert.Contains("2026-12-14 kl. 13.00–15.00", meetings, StringComparison.Ordinal);
        Assert.Contains("Budget 2027.pdf", meetings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_kansli_on_a_desktop_has_the_most_urgent_task_first()
    {
        var page = await SignedInAsync("kansli@roslagen.test", 1100);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "startsida-kansli-1100.png"), FullPage = true });
        await page.AssertAccessibleAsync();

        Assert.Equal("Att göra", await page.Locator("main h2").First.InnerTextAsync());
        var items = page.Locator("ol.todo > li");
        // Held 2026-11-10: its minutes must be adjusted by tomorrow; the rest can wait longer.
        var first = items.First;
        Assert.Contains("Justera protokollet: Styrelsen 2026-11-10", await first.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("brådskande", await first.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal($"/moten/{DraftNearLimit}#protokoll", await first.Locator("a").GetAttributeAsync("href"));
        Assert.Equal(3, await items.CountAsync()); // and the minutes in adjustment and the email the server refused, not urgent
        Assert.Equal(1, await page.Locator("ol.todo > li.urgent").CountAsync());
    }
}
