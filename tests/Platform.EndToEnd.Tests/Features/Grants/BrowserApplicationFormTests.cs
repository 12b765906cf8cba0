using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Platform.EndToEnd.Tests.Support;
using Platform.Features.Members;
using Platform.Infrastructure.Email;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.EndToEnd.Tests.Features.Grants;

/// <summary>An applicant fills in the public form on a phone by keyboard, meets a field error, saves a draft and continues it from the emailed link; axe on every page.</summary>
public sealed partial class BrowserApplicationFormTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private readonly PlatformFactory _platform = new();
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private int _port;
    private Platform.Infrastructure.Tenancy.TenantInfo _tenant = null!;

    public async Task InitializeAsync()
    {
        _port = LocalServers.FreePort();
        _platform.UseKestrel(_port);
        _platform.StartServer();
        _tenant = await _platform.ProvisionAsync("sundsvall", "Samordningsförbundet Sundsvall");
        await _platform.InTenantAsync(_tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            db.Members.Add(new Member { Id = Guid.NewGuid(), Kind = MemberKind.Municipality, Name = "Sundsvalls kommun", MemberFrom = new DateOnly(2010, 1, 1) });
            db.Members.Add(new Member { Id = Guid.NewGuid(), Kind = MemberKind.Region, Name = "Region Västernorrland", MemberFrom = new DateOnly(2010, 1, 1) });
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

    [GeneratedRegex("/ansok/([A-Za-z0-9_-]{43})")]
    private static partial Regex Link();

    private static async Task TypeInto(IPage page, string id, string text)
    {
        await page.FocusAsync($"#{id}");
        await page.Keyboard.TypeAsync(text);
    }

    [Fact]
    public async Task An_applicant_saves_a_draft_by_keyboard_on_a_phone_after_a_field_error_and_continues_it_from_the_link()
    {
        var page = await _browser.NewPageAsync(new() { ViewportSize = new() { Width = 375, Height = 800 } });
        page.SetDefaultTimeout(60_000);
        page.Response += (_, r) => output.WriteLine($"{r.Request.Method} {r.Url} → {r.Status}");
        await page.GotoAsync($"http://sundsvall.localhost:{_port}/ansok");
        await page.AssertAccessibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 375"), "the form fits a phone");

        await page.FocusAsync("#Form_ApplicantOrganisation");
        await page.Keyboard.TypeAsync("Sundsvalls kommun");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Arbetsmarknadsenheten");
        await TypeInto(page, "Form_ApplicantOrganisationNumber", "212000-2412");
        await TypeInto(page, "Form_ContactEmail", "kontakt@sundsvall.example");
        await TypeInto(page, "Form_Title", "Steget före");
        await page.LoadsAnotherAsync(() => page.Keyboard.PressAsync("Enter"));
        await page.AssertAccessibleAsync();

        // The error beside the field, and the summary's link takes the applicant there; nothing typed is lost.
        Assert.Contains("Organisationsnumret stämmer inte", await page.InnerTextAsync("#Form_ApplicantOrganisationNumber-error"), StringComparison.Ordinal);
        Assert.Equal("Arbetsmarknadsenheten", await page.InputValueAsync("#Form_ApplicantUnit"));
        await page.Locator(".error-summary").GetByRole(AriaRole.Link, new() { Name = "Organisationsnumret stämmer inte", Exact = false }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("Form_ApplicantOrganisationNumber", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("212000-2411");
        await page.LoadsAnotherAsync(() => page.Keyboard.PressAsync("Enter"));
        await page.ArrivesAtAsync(@"/ansok\?klart=utkast$");
        await page.AssertAccessibleAsync();

        var mail = await _platform.InTenantAsync(_tenant, s => s.GetRequiredService<TenantDb>().OutboxMessages.AsNoTracking().SingleAsync());
        var key = Link().Match(mail.TextBody).Groups[1].Value;
        await page.GotoAsync($"http://sundsvall.localhost:{_port}/ansok/{key}");
        await page.AssertAccessibleAsync();
        Assert.Equal("Steget före", await page.InputValueAsync("#Form_Title"));
        Assert.Equal("212000-2411", await page.InputValueAsync("#Form_ApplicantOrganisationNumber"));
    }
}
