using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Board.Model;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Persistence;
using Platform.Infrastructure.Tenancy;
using Platform.Infrastructure.Web.Forms;
using Platform.Persistence;
using Platform.Tests.Features.Board;
using Platform.Tests.Support;

namespace Platform.Tests.Infrastructure.Web;

/// <summary>
/// <c>/organ</c> and <c>/moten</c> keep their HTML until the association's database changes (issue 24,
/// <see cref="KeptHtml"/>). A kept page is the page as written, with new tokens in its forms: its forms
/// work, and each view is a new form. It is reused only under the same stamp and for the same person
/// and role, within a minute, never after a refused form, and never in another association.
/// </summary>
public sealed partial class KeptHtmlTests : IAsyncLifetime, IDisposable
{
    private readonly PlatformFactory _platform = new();
    private TenantInfo _alfa = null!;
    private HttpClient _admin = null!;
    private string _bodyId = null!;

    public async Task InitializeAsync()
    {
        _alfa = await _platform.ProvisionAsync("alfa", "Samordningsförbundet Alfa");
        await _platform.AddPersonAsync(_alfa, Roles.Admin, "kansli@alfa.test");
        _admin = await _platform.ApiClientAsync(_alfa, "kansli@alfa.test");
        _bodyId = (await _admin.PostOkAsync("/api/bodies", new { kind = "Board", name = "Alfas styrelse" })).Id();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _platform.Dispose();

    [GeneratedRegex("name=\"__FormOnce\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex OnceToken();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    private static string WithoutTokens(string html) =>
        AntiforgeryToken().Replace(OnceToken().Replace(html, "once"), "antiforgery");

    private static List<string> OnceTokens(string html) => [.. OnceToken().Matches(html).Select(m => m.Groups[1].Value)];

    private int KeptEntries => _platform.Services.GetRequiredService<TenantReadCache.Store>().Entries.Count;

    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<HttpResponseMessage> PlanMeetingAsync(string html, string place) =>
        await _admin.PostAsync("/moten", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Forms.TokenOf(html),
            ["__FormOnce"] = OnceTokens(html)[^1],
            ["New.BodyId"] = _bodyId,
            ["New.Kind"] = "Ordinary",
            ["New.Date"] = "2026-12-10",
            ["New.StartTime"] = "13:00",
            ["New.EndTime"] = "15:00",
            ["New.Place"] = place,
        }));

    private Task<int> MeetingsAsync() => _platform.InTenantAsync(_alfa, s => s.GetRequiredService<TenantDb>().Meetings.CountAsync());

    [Theory]
    [InlineData("/organ")]
    [InlineData("/moten")]
    public async Task A_kept_page_is_the_page_as_written_with_new_tokens(string path)
    {
        var before = KeptEntries;
        var written = await PageAsync(_admin, path);
        Assert.Equal(before + 1, KeptEntries);
        var kept = await PageAsync(_admin, path);
        Assert.Equal(before + 1, KeptEntries);

        Assert.Equal(WithoutTokens(written), WithoutTokens(kept));
        Assert.NotEmpty(OnceTokens(kept));
        Assert.Empty(OnceTokens(written).Intersect(OnceTokens(kept)));
        Assert.Equal(OnceTokens(kept).Count, OnceTokens(kept).Distinct().Count());
        // The antiforgery token is this request's, in every form of the page.
        Assert.Single(AntiforgeryToken().Matches(kept).Select(m => m.Groups[1].Value).Distinct());
        Assert.NotEqual(Forms.TokenOf(written), Forms.TokenOf(kept));
    }

    [Fact]
    public async Task A_kept_pages_form_works_once_and_every_view_of_it_is_a_new_form()
    {
        await PageAsync(_admin, "/moten");
        var first = await PageAsync(_admin, "/moten");
        var second = await PageAsync(_admin, "/moten");

        using var planned = await PlanMeetingAsync(first, "Kommunhuset");
        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        using var again = await PlanMeetingAsync(first, "Kommunhuset");
        Assert.Equal(planned.Headers.Location, again.Headers.Location);
        Assert.Equal(1, await MeetingsAsync());

        using var other = await PlanMeetingAsync(second, "Stadshuset");
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Equal(2, await MeetingsAsync());
        Assert.Contains("Stadshuset", await PageAsync(_admin, "/moten"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kept_page_is_reused_until_the_stamp_changes_or_a_minute_has_passed()
    {
        await PageAsync(_admin, "/organ");
        // A change written behind the platform's back, with the stamp put back: only the kept page can hide it.
        var connection = await _platform.InTenantAsync(_alfa, s => Task.FromResult(s.GetRequiredService<TenantDb>().Database.GetConnectionString()!));
        await using (var sqlite = new SqliteConnection(connection))
        {
            await sqlite.OpenAsync();
            await using var rename = sqlite.CreateCommand();
            rename.CommandText = "UPDATE Bodies SET Name = 'Beredningsgruppen'";
            Assert.Equal(1, await rename.ExecuteNonQueryAsync());
        }
        Assert.DoesNotContain("Beredningsgruppen", await PageAsync(_admin, "/organ"), StringComparison.Ordinal);

        _platform.Clock.Advance(TenantReadCache.Fresh);
        Assert.Contains("Beredningsgruppen", await PageAsync(_admin, "/organ"), StringComparison.Ordinal);

        // A write through the platform changes the stamp: the next view shows it at once.
        await _admin.PostOkAsync("/api/contacts", new { name = "Maja Ny", email = "maja@alfa.test" });
        Assert.Contains("Maja Ny", await PageAsync(_admin, "/organ"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_board_member_never_gets_the_offices_page_and_another_association_never_gets_this_ones()
    {
        Assert.Contains("Lägg till organet", await PageAsync(_admin, "/organ"), StringComparison.Ordinal);
        Assert.Contains("Lägg till organet", await PageAsync(_admin, "/organ"), StringComparison.Ordinal);

        await _platform.AddPersonAsync(_alfa, Roles.Board, "ledamot@alfa.test");
        var member = await _platform.SignInAsync(PlatformFactory.HostOf(_alfa), "ledamot@alfa.test");
        var page = await PageAsync(member, "/organ");
        Assert.Contains("Alfas styrelse", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Lägg till organet", page, StringComparison.Ordinal);

        // The same person, admin in another association too, sees that association's bodies there.
        var beta = await _platform.ProvisionAsync("beta", "Samordningsförbundet Beta");
        await _platform.AddPersonAsync(beta, Roles.Admin, "kansli@alfa.test");
        var inBeta = await _platform.SignInAsync(PlatformFactory.HostOf(beta), "kansli@alfa.test");
        var betaPage = await PageAsync(inBeta, "/organ");
        Assert.DoesNotContain("Alfas styrelse", betaPage, StringComparison.Ordinal);
        Assert.Contains("Inga organ är upplagda än.", betaPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_form_is_shown_with_its_errors_and_never_kept()
    {
        var html = await PageAsync(_admin, "/moten");
        using var refused = await PlanMeetingAsync(html, "");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("aria-invalid=\"true\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var next = await PageAsync(_admin, "/moten");
        Assert.DoesNotContain("aria-invalid", next, StringComparison.Ordinal);
        Assert.DoesNotContain("error-summary", next, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_whose_tokens_cannot_all_be_found_is_not_kept()
    {
        const string field = "__RequestVerificationToken";
        const string once = "0123456789abcdef0123456789abcdef";
        var form = $"<form><input name=\"{field}\" value=\"TOKEN\"><input name=\"__FormOnce\" value=\"{once}\"></form>";

        var cut = KeptHtml.Cut($"<p>Före</p>{form}<p>Efter</p>", "TOKEN", field);
        Assert.NotNull(cut);
        Assert.Equal([KeptHtml.Hole.AntiforgeryToken, KeptHtml.Hole.OnceToken], cut.Holes);
        Assert.Equal(["<p>Före</p><form><input name=\"__RequestVerificationToken\" value=\"", "\"><input name=\"__FormOnce\" value=\"", "\"></form><p>Efter</p>"], cut.Parts);

        Assert.Null(KeptHtml.Cut(form, "ANOTHER", field));
        Assert.Null(KeptHtml.Cut(form, null, field));
        Assert.Null(KeptHtml.Cut(form.Replace(once, "not-a-token-of-thirty-two-chars!", StringComparison.Ordinal), "TOKEN", field));
        Assert.Null(KeptHtml.Cut(form.Replace("name=\"__FormOnce\" value", "value=\"x\" name=\"__FormOnce\" data-value", StringComparison.Ordinal), "TOKEN", field));
    }
}
