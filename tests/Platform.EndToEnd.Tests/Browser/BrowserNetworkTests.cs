using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platform.EndToEnd.Tests.Support;
using Platform.Features.Board.Model;
using Platform.Features.Fees.Model;
using Platform.Features.LegalDates;
using Platform.Features.Members;
using Platform.Features.Network;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.EndToEnd.Tests.Browser;

/// <summary>The network's dashboard in Chromium: the table, the two charts, the filters by keyboard, on a phone's width too.</summary>
public sealed class BrowserNetworkTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime, IDisposable
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

        var associations = new[] { ("norr", "Samordningsförbundet Norr", "Region Norrbotten", 1), ("mitt", "Samordningsförbundet Mitt", "Region Jämtland Härjedalen", 2), ("syd", "Samordningsförbundet Syd", "Region Skåne", 3) };
        foreach (var (slug, name, region, late) in associations)
        {
            var tenant = await _platform.ProvisionAsync(slug, name, SwedishCounties.OfRegion(region));
            await _platform.InTenantAsync(tenant, async s =>
            {
                var db = s.GetRequiredService<TenantDb>();
                db.Members.Add(new Member { Id = Guid.NewGuid(), Kind = MemberKind.Region, Name = region, MemberFrom = new DateOnly(2015, 1, 1) });
                var board = new Body { Id = Guid.NewGuid(), Kind = BodyKind.Board, Name = "Styrelsen" };
                db.Bodies.Add(board);
                // Four meetings this year; the first `late` of them posted late.
                for (var i = 0; i < 4; i++)
                {
                    var date = new DateOnly(2026, 2 + 2 * i, 10);
                    var meeting = new Meeting { Id = Guid.NewGuid(), BodyId = board.Id, StartsAt = date.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc), EndsAt = date.ToDateTime(new TimeOnly(14, 0), DateTimeKind.Utc), Status = MeetingStatus.Held };
                    db.Meetings.Add(meeting);
                    var adjusted = date.AddDays(7);
                    var posted = i < late ? adjusted.AddDays(6) : adjusted.AddDays(1);
                    db.Postings.Add(new Posting
                    {
                        Id = Guid.NewGuid(),
                        MeetingId = meeting.Id,
                        BodyName = "Styrelsen",
                        Paragraphs = "§ 1",
                        KeptAt = "Kansliet",
                        PostedBy = "test",
                        MeetingDate = date,
                        AdjustedOn = adjusted,
                        PostedOn = posted,
                        PostingDeadline = NoticeBoardDates.PostingDeadline(adjusted),
                        Late = posted > NoticeBoardDates.PostingDeadline(adjusted),
                        LastAppealDay = NoticeBoardDates.LastAppealDay(posted),
                        EarliestTakedown = NoticeBoardDates.EarliestTakedown(posted),
                        PostedAt = _platform.Clock.GetUtcNow().UtcDateTime,
                    });
                }
                for (var year = 2025; year <= 2026; year++)
                    db.Add(new FeeDecision { Id = Guid.NewGuid(), Year = year, Total = 5_000_000 + (year - 2025) * 200_000, SavedBy = "test" });
                await db.SaveChangesAsync();
            });
            await _platform.InTenantAsync(tenant, sp => sp.GetRequiredService<StatisticsJob>().RunAsync(tenant.Id, CancellationToken.None));
        }
        await _platform.AddPlatformPersonAsync(Roles.Network, "natverk@platform.test");
        (_playwright, _browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    public void Dispose() => _platform.Dispose();

    [Fact]
    public async Task The_dashboard_renders_its_table_and_charts_and_filters_by_keyboard()
    {
        var page = await _browser.NewPageAsync(new() { ViewportSize = new() { Width = 375, Height = 800 } }); // a phone
        page.SetDefaultTimeout(60_000);
        page.Response += (_, r) => output.WriteLine($"{r.Request.Method} {r.Url} → {r.Status}");
        await page.GotoAsync($"http://localhost:{_port}/konto/logga-in");
        await page.GetByLabel("E-postadress").FillAsync("natverk@platform.test");
        await page.GetByLabel("Lösenord").FillAsync(PlatformFactory.Password);
        await page.LoadsAnotherAsync(() => page.GetByLabel("Lösenord").PressAsync("Enter"));
        await page.GotoAsync($"http://localhost:{_port}/natverk");

        // The table: one row per association, the sum and the median.
        Assert.Equal(3, await page.Locator("#natverkstabell tbody tr").CountAsync());
        Assert.Equal(2, await page.Locator("#natverkstabell tfoot tr").CountAsync());
        Assert.Equal("Skåne län", await page.Locator("#natverkstabell tr[data-slug=syd] td").First.InnerTextAsync());
        Assert.Equal("12", await page.Locator("#natverkstabell tfoot tr.total td[data-figure=boardMeetings]").InnerTextAsync());
        // The table scrolls on its own on a narrow screen, and can be reached by keyboard to scroll it.
        Assert.Equal("0", await page.Locator(".table-wrap[role=region]").First.GetAttributeAsync("tabindex"));
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1] + 1, $"the page itself scrolls sideways: {widths[0]} > {widths[1]}");

        // Posting punctuality: a bar per association, longest first (Norr 75 %, Mitt 50 %, Syd 25 %), drawn and visible.
        var bars = page.Locator("#diagram-anslag rect");
        Assert.Equal(3, await bars.CountAsync());
        var lengths = new List<double>();
        for (var i = 0; i < 3; i++) lengths.Add((await bars.Nth(i).BoundingBoxAsync())!.Width);
        Assert.True(lengths[0] > lengths[1] && lengths[1] > lengths[2] && lengths[2] > 0, string.Join(", ", lengths));
        Assert.Contains("75 %", await page.Locator("#diagram-anslag").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("img", await page.Locator("#diagram-anslag").GetAttributeAsync("role"));

        // Fees over years: three columns a year for 2025 and 2026; 2026 (15,6 mkr) taller than 2025 (15 mkr).
        var columns = page.Locator("#diagram-avgifter rect.column");
        Assert.Equal(6, await columns.CountAsync());
        Assert.True((await columns.Nth(3).BoundingBoxAsync())!.Height > (await columns.Nth(0).BoundingBoxAsync())!.Height);

        // Issue 19: the legend's colours are allowed by the site's own Content-Security-Policy (no inline
        // style), and are the columns' colours.
        var legend = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.legend .swatch')].map(s => getComputedStyle(s).backgroundColor)");
        var fills = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#diagram-avgifter rect.column')].slice(0, 3).map(r => getComputedStyle(r).fill)");
        Assert.Equal(3, legend.Length);
        Assert.DoesNotContain("rgba(0, 0, 0, 0)", legend);
        Assert.Equal(fills, legend);
        Assert.Equal(3, legend.Distinct().Count());
        // Chart text keeps a readable size on a phone (the chart scrolls sideways instead of shrinking).
        var smallest = await page.EvaluateAsync<double>("() => Math.min(...[...document.querySelectorAll('.chart svg text')].map(t => t.getBoundingClientRect().height))");
        Assert.True(smallest >= 11, $"chart text is {smallest} px high on a phone");
        // What each figure counts is on the page, not only in a tooltip: each column header leads to it.
        var firstHeader = page.Locator("#natverkstabell thead a").First;
        var target = (await firstHeader.GetAttributeAsync("href"))!;
        Assert.True(await page.Locator(target).IsVisibleAsync());
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator(target + " + dd").InnerTextAsync()));
        // The association's name stays in view while the table scrolls sideways.
        var name = page.Locator("#natverkstabell tbody th").First;
        var before = (await name.BoundingBoxAsync())!.X;
        await page.Locator(".table-wrap[role=region]").First.EvaluateAsync("w => w.scrollLeft = 400");
        Assert.Equal(before, (await name.BoundingBoxAsync())!.X, 0.5);
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "natverk-telefon.png"), FullPage = true });
        await page.AssertAccessibleAsync();

        // The year by keyboard: focus the select, choose 2025, tab past the county to "Visa", press Enter.
        await page.GetByLabel("År", new() { Exact = true }).FocusAsync();
        await page.GetByLabel("År", new() { Exact = true }).SelectOptionAsync("2025");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Visa", await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        await page.LoadsAnotherAsync(() => page.Keyboard.PressAsync("Enter"));
        await page.ArrivesAtAsync(@"/natverk\?ar=2025(&|$)");
        Assert.Contains("statistik 2025", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("0", await page.Locator("#natverkstabell tfoot tr.total td[data-figure=boardMeetings]").InnerTextAsync());

        // The county filter narrows the table.
        await page.GotoAsync($"http://localhost:{_port}/natverk?ar=2026&lan=" + Uri.EscapeDataString("Skåne län"));
        Assert.Equal(1, await page.Locator("#natverkstabell tbody tr").CountAsync());
    }
}
