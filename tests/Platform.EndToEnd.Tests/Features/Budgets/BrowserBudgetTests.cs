using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platform.EndToEnd.Tests.Support;
using Platform.Features.Budgets.Model;
using Platform.Features.Fees.Model;
using Platform.Features.Members;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Features.Budgets;
using Platform.Tests.Support;

namespace Platform.EndToEnd.Tests.Features.Budgets;

/// <summary>
/// The office reads SUVS's budget 2022 on a phone, corrects a bad amount by keyboard on the edit page, and every
/// budget page passes axe (WCAG 2.1 AA), in Chromium against real Kestrel.
/// </summary>
public sealed partial class BrowserBudgetTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private const string NotAnAmount = "Ange beloppet i hela kronor, till exempel 225 000.";
    private readonly PlatformFactory _platform = new();
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private int _port;
    private TenantInfo _tenant = null!;

    public async Task InitializeAsync()
    {
        _port = LocalServers.FreePort();
        _platform.UseKestrel(_port);
        _platform.StartServer();
        _tenant = await _platform.ProvisionAsync("suvs", "Samordningsförbundet SUVS");
        await SuvsPaper.SeedAsync(_platform, _tenant); // 2021 adopted, 2022 a proposal, with the paper's lines
        await _platform.InTenantAsync(_tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            db.Set<FeeSettings>().Add(new FeeSettings { OrganisationNumber = "556677-8899" }); // the SIE file's
            db.Members.Add(new Member { Id = Guid.NewGuid(), Kind = MemberKind.Municipality, Name = "Sollentuna kommun", MemberFrom = new DateOnly(2010, 1, 1), ContactEmail = "ekonomi@sollentuna.test" });
            db.Members.Add(new Member { Id = Guid.NewGuid(), Kind = MemberKind.Region, Name = "Region Stockholm", MemberFrom = new DateOnly(2010, 1, 1) });
            await db.SaveChangesAsync();
        });
        await _platform.AddPersonAsync(_tenant, Roles.Admin, "kansli@suvs.test");
        (_playwright, _browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    public void Dispose() => _platform.Dispose();

    [GeneratedRegex("^Revision ")]
    private static partial Regex RevisionRow();

    private string Url(string path) => $"http://suvs.localhost:{_port}{path}";

    /// <summary>
    /// Nothing wider than the phone: not the document, and no box that scrolls sideways unless it is a labelled
    /// region the keyboard can reach (a table of cards that overflows its wrapper would pass the document's check).
    /// </summary>
    private static async Task AssertFitsAsync(IPage page)
    {
        var wide = await page.EvaluateAsync<string[]>("""
            () => [
              ...(document.documentElement.scrollWidth > window.innerWidth ? [`the document (${document.documentElement.scrollWidth} px)`] : []),
              ...[...document.querySelectorAll('body *')]
                .filter(e => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1)
                .filter(e => !(e.getAttribute('role') === 'region' && e.tabIndex === 0 && (e.hasAttribute('aria-label') || e.hasAttribute('aria-labelledby'))))
                .map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} (${e.scrollWidth} px in ${e.clientWidth})`),
            ]
            """);
        Assert.True(wide.Length == 0, $"{page.Url} is wider than a phone: {string.Join(", ", wide)}");
    }

    [Fact]
    public async Task The_office_reads_the_year_on_a_phone_corrects_a_bad_amount_by_keyboard_and_every_budget_page_passes_axe()
    {
        var page = await _browser.NewPageAsync(new() { ViewportSize = new() { Width = 375, Height = 800 } });
        page.SetDefaultTimeout(60_000);
        page.Response += (_, r) => output.WriteLine($"{r.Request.Method} {r.Url} → {r.Status}");
        await page.GotoAsync(Url("/konto/logga-in"));
        await page.GetByLabel("E-postadress").FillAsync("kansli@suvs.test");
        await page.GetByLabel("Lösenord").FillAsync(PlatformFactory.Password);
        await page.LoadsAnotherAsync(() => page.GetByLabel("Lösenord").PressAsync("Enter"));

        // The year: the document fits the phone, the wide sheet scrolls in its own labelled, focusable region.
        await page.GotoAsync(Url("/budget/2022"));
        await page.AssertAccessibleAsync();
        await AssertFitsAsync(page);
        var sheet = page.GetByRole(AriaRole.Region, new() { Name = "Intäkter och kostnader i sammanfattning (kronor)" });
        Assert.True(await sheet.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth"), "the sheet is wider than the phone and scrolls in its region");
        await sheet.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.WaitForFunctionAsync("() => document.activeElement.scrollLeft > 0", null, new() { Timeout = (float)PageLoads.Patience.TotalMilliseconds });
        // The paper's sums in budget 2022's column: income, costs, the year's result, and the closing balance.
        var table = sheet.GetByRole(AriaRole.Table);
        await Assertions.Expect(table.GetByRole(AriaRole.Row, new() { Name = "Summa intäkter", Exact = false })).ToContainTextAsync("9\u00a0830\u00a0000");
        await Assertions.Expect(table.GetByRole(AriaRole.Row, new() { Name = "Summa kostnader", Exact = false })).ToContainTextAsync("11\u00a0889\u00a0000");
        await Assertions.Expect(table.GetByRole(AriaRole.Row, new() { Name = "Årets resultat", Exact = false })).ToContainTextAsync("2\u00a0059\u00a0000");
        await Assertions.Expect(table.GetByRole(AriaRole.Row, new() { Name = "Balanserat resultat årets slut", Exact = false })).ToContainTextAsync("323\u00a0650");

        // The edit page: a bad amount typed by keyboard; the summary's link leads to the field, the message is beside it.
        await page.LoadsAnotherAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Ändra förslaget" }).ClickAsync());
        await page.ArrivesAtAsync("/budget/2022/version/1/redigera$");
        await page.AssertAccessibleAsync();
        await AssertFitsAsync(page);
        var revision = page.GetByRole(AriaRole.Group, new() { NameRegex = RevisionRow() }).GetByLabel("Budget 2022");
        var id = await revision.GetAttributeAsync("id");
        await revision.FocusAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("85 000,50");
        await page.LoadsAnotherAsync(() => page.Keyboard.PressAsync("Enter"));
        await page.AssertAccessibleAsync();
        Assert.Equal("error-summary", await page.EvaluateAsync<string>("() => document.activeElement.className"));
        var field = page.Locator($"#{id}");
        Assert.Equal("85 000,50", await field.InputValueAsync()); // what was typed is kept
        await Assertions.Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(field).ToHaveAccessibleDescriptionAsync(NotAnAmount);
        await Assertions.Expect(page.Locator($"#{id} ~ .error-text")).ToHaveTextAsync(NotAnAmount);
        await page.Locator(".error-summary").GetByRole(AriaRole.Link, new() { Name = NotAnAmount }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync($"() => document.activeElement.id === '{id}'", null, new() { Timeout = (float)PageLoads.Patience.TotalMilliseconds });
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("85 000");
        await page.LoadsAnotherAsync(() => page.Keyboard.PressAsync("Enter"));
        await page.ArrivesAtAsync(@"\?klart=sparad");
        await page.AssertAccessibleAsync();
        Assert.Equal(0, await page.Locator(".error-summary").CountAsync());
        Assert.Equal("85\u00a0000", await page.Locator($"#{id}").InputValueAsync()); // shown as sv-SE writes it
        var saved = await _platform.InTenantAsync(_tenant, s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            return (from r in db.BudgetRows.AsNoTracking()
                    join b in db.Budgets on r.BudgetId equals b.Id
                    join i in db.BudgetItems on r.ItemId equals i.Id
                    where b.Year == 2022 && i.Name == "Revision"
                    select r.Amount).SingleAsync();
        });
        Assert.Equal(85_000, saved);

        // The outcome: a SIE 4 file read in on the phone, so the accounts and the follow-up have figures to show.
        await page.GotoAsync(Url("/budget/utfall"));
        await page.AssertAccessibleAsync();
        await page.GetByLabel("SIE 4-fil från bokföringsprogrammet").SetInputFilesAsync(new FilePayload { Name = "suvs-2022.se", MimeType = "text/plain", Buffer = SieReaderTests.File(SieReaderTests.Text()) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Läs in" }).FocusAsync();
        await page.LoadsAnotherAsync(() => page.Keyboard.PressAsync("Enter"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Det här lästes in" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await AssertFitsAsync(page);

        // Every other budget page on the phone.
        foreach (var path in new[] { "/budget", "/budget/uppfoljning?ar=2022&manad=6", "/budget/konton", "/budget/2022/utskrift", "/budget/medlemsrapporter?ar=2022", "/budget/installningar" })
        {
            var response = await page.GotoAsync(Url(path));
            Assert.True(response is { Ok: true }, $"{path} answers {response?.Status}");
            await page.AssertAccessibleAsync();
            await AssertFitsAsync(page);
        }
    }
}
