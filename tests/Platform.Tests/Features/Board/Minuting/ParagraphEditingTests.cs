using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Board.Minuting;

/// <summary>
/// The paragraphs while the minutes are a draft, through the meeting page and the API: started from
/// the agenda in one go (numbered on from the body's series), a typo fixed, a paragraph deleted after
/// a confirmation; refused once the minutes are sent for adjustment or a paragraph is adjusted at the
/// meeting; every change in the audit log; another association's ids not found. The clock stands at
/// Monday 2026-11-23; the meetings were the week before.
/// </summary>
public sealed class ParagraphEditingTests : IAsyncLifetime, IDisposable
{
    private readonly PlatformFactory _platform = new();
    private TenantInfo _tenant = null!;
    private HttpClient _admin = null!;
    private string _body = null!;
    private const string AdminEmail = "kansli@sundsvall.test";

    public async Task InitializeAsync()
    {
        _tenant = await _platform.ProvisionAsync("sundsvall", "Samordningsförbundet i Sundsvall");
        await _platform.AddPersonAsync(_tenant, Roles.Admin, AdminEmail);
        _admin = await _platform.ApiClientAsync(_tenant, AdminEmail);
        _body = (await _admin.PostOkAsync("/api/bodies", new { kind = "Board", name = "Styrelsen" })).Id();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _platform.Dispose();

    private async Task<string> MeetingAsync(string date = "2026-11-17", bool emptyAgenda = false) =>
        (await _admin.PostOkAsync("/api/meetings", new { bodyId = _body, date, startTime = "13:00", endTime = "15:00", place = "Kommunhuset", emptyAgenda })).Id();

    private async Task<List<JsonElement>> ParagraphsAsync(string meeting) =>
        (await _admin.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}")).GetProperty("paragraphs").EnumerateArray().ToList();

    [Fact]
    public async Task The_page_starts_the_minutes_from_the_agenda_one_paragraph_per_item_numbered_on_from_the_body_s_series()
    {
        Assert.Equal(HttpStatusCode.OK, (await _admin.SendAsync(HttpMethod.Put, $"/api/bodies/{_body}/numbering", new { year = 2026, startsAt = 70 })).Status);
        var earlier = await MeetingAsync("2026-11-03", emptyAgenda: true);
        await _admin.PostOkAsync($"/api/meetings/{earlier}/minutes/paragraphs", new { title = "Tidigare ärende" });
        var meeting = await MeetingAsync();
        Assert.Contains("Starta protokollet från dagordningen", await _admin.GetStringAsync($"/moten/{meeting}"), StringComparison.Ordinal);

        using var started = await _admin.PostFormAsync($"/moten/{meeting}", $"/moten/{meeting}?handler=ParagraphsFromAgenda");

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Equal($"/moten/{meeting}?klart=paragrafer-fran-dagordningen#paragrafer-klart", started.Headers.Location!.OriginalString);
        // The page comes back to the paragraphs, where the confirmation waits with focus (it is the fragment) and the top shows none.
        var shown = await _admin.GetStringAsync(started.Headers.Location!.OriginalString);
        Assert.Matches("<div id=\"paragrafer-klart\" class=\"notice notice-success\" role=\"status\" tabindex=\"-1\"><p>Protokollet har en paragraf per ärende", shown);
        Assert.True(shown.IndexOf("id=\"paragrafer-klart\"", StringComparison.Ordinal) > shown.IndexOf("id=\"paragrafer\"", StringComparison.Ordinal));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(shown, "role=\"status\""));
        var paragraphs = await ParagraphsAsync(meeting);
        Assert.Equal(Enumerable.Range(71, 8), paragraphs.Select(p => p.GetProperty("number").GetInt32()));
        Assert.Equal("Sammanträdet öppnas", paragraphs[0].Str("title"));
        Assert.Equal("Fastställande av dagordning", paragraphs[2].Str("title"));
        Assert.Equal("Styrelsen beslutade att fastställa upprättat förslag till dagordning.", paragraphs[2].Str("decision"));
        Assert.Equal("Förbundschefen informerar om aktuella frågor.", paragraphs[4].Str("text"));
        Assert.Equal(JsonValueKind.Null, paragraphs[0].GetProperty("decision").ValueKind);
        Assert.DoesNotContain("Starta protokollet från dagordningen", await _admin.GetStringAsync($"/moten/{meeting}"), StringComparison.Ordinal);
        var entry = Assert.Single(await _platform.AuditAsync(_tenant), e => e.Event == AuditEvents.MinutesChanged && e.Detail!.Contains("dagordningen", StringComparison.Ordinal));
        Assert.Equal("§ 71–78 från dagordningen", entry.Detail);
    }

    [Fact]
    public async Task Starting_from_the_agenda_is_refused_when_the_minutes_have_paragraphs_or_the_agenda_is_empty()
    {
        var meeting = await MeetingAsync();
        await _admin.PostOkAsync($"/api/meetings/{meeting}/minutes/paragraphs", new { title = "Sammanträdet öppnas" });
        var empty = await MeetingAsync(emptyAgenda: true);

        var (twice, problem) = await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/minutes/paragraphs/from-agenda");
        var (nothing, _) = await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{empty}/minutes/paragraphs/from-agenda");
        var (status, text) = await _admin.PostPageAsync($"/moten/{meeting}", $"/moten/{meeting}?handler=ParagraphsFromAgenda");

        Assert.Equal(HttpStatusCode.Conflict, twice);
        Assert.Contains("redan paragrafer", problem.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, nothing);
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("Protokollet har redan paragrafer.", text, StringComparison.Ordinal);
        Assert.Single(await ParagraphsAsync(meeting));
    }

    [Fact]
    public async Task The_API_starts_the_minutes_from_the_agenda()
    {
        var meeting = await MeetingAsync();

        var (created, body) = await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/minutes/paragraphs/from-agenda");

        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal(8, body.GetArrayLength());
        Assert.Equal(8, (await ParagraphsAsync(meeting)).Count);
    }

    [Fact]
    public async Task The_page_fixes_a_typo_in_a_paragraph_and_comes_back_to_it()
    {
        var meeting = await MeetingAsync();
        var paragraph = (await _admin.PostOkAsync($"/api/meetings/{meeting}/minutes/paragraphs", new { title = "Reviderad ansökan", decision = "Styrelsen beslutade att bevilja medel med 247 500 kr för 2042.", recusals = "Jonas Väst" })).Id();

        var form = WebUtility.HtmlDecode(await _admin.GetStringAsync($"/moten/{meeting}?paragraf={paragraph}"));
        Assert.Contains("Ändra § 1 Reviderad ansökan", form, StringComparison.Ordinal);
        Assert.Contains("för 2042.</textarea>", form, StringComparison.Ordinal);
        using var saved = await _admin.PostFormAsync($"/moten/{meeting}?paragraf={paragraph}", $"/moten/{meeting}?handler=EditParagraph",
            ("paragraphId", paragraph), ("EditParagraph.Number", "1"), ("EditParagraph.Title", "Reviderad ansökan"),
            ("EditParagraph.Decision", "Styrelsen beslutade att bevilja medel med 247 500 kr för 2024."), ("EditParagraph.Recusals", "Jonas Väst"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/moten/{meeting}?klart=paragraf#paragrafer-klart", saved.Headers.Location!.OriginalString);
        var stored = Assert.Single(await ParagraphsAsync(meeting));
        Assert.Equal("Styrelsen beslutade att bevilja medel med 247 500 kr för 2024.", stored.Str("decision"));
        Assert.Equal("Jonas Väst", stored.GetProperty("recusals")[0].GetString());
        var log = (await _platform.AuditAsync(_tenant)).Where(e => e.Event == AuditEvents.MinutesChanged).ToList();
        Assert.Equal(["§ 1 «Reviderad ansökan» tillagd", "§ 1 «Reviderad ansökan» ändrad"], log.Select(e => e.Detail));
        Assert.All(log, e => Assert.Equal("Styrelsen 2026-11-17: protokoll", e.Subject));
    }

    [Fact]
    public async Task The_page_deletes_a_paragraph_only_after_a_confirmation()
    {
        var meeting = await MeetingAsync();
        await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/minutes/paragraphs/from-agenda");
        var second = (await ParagraphsAsync(meeting))[1].Id();

        var confirm = WebUtility.HtmlDecode(await _admin.GetStringAsync($"/moten/{meeting}?taBortParagraf={second}"));
        Assert.Contains("Vill du ta bort § 2 Val av justerare?", confirm, StringComparison.Ordinal);
        Assert.Equal(8, (await ParagraphsAsync(meeting)).Count);
        using var deleted = await _admin.PostFormAsync($"/moten/{meeting}?taBortParagraf={second}", $"/moten/{meeting}?handler=DeleteParagraph", ("paragraphId", second));

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal($"/moten/{meeting}?klart=paragraf-borttagen#paragrafer-klart", deleted.Headers.Location!.OriginalString);
        Assert.DoesNotContain(await ParagraphsAsync(meeting), p => p.Id() == second);
        Assert.Contains(await _platform.AuditAsync(_tenant), e => e.Event == AuditEvents.MinutesChanged && e.Detail == "§ 2 «Val av justerare» borttagen");
    }

    [Fact]
    public async Task Deleting_is_refused_for_a_paragraph_adjusted_at_the_meeting_and_for_minutes_sent_for_adjustment()
    {
        var meeting = await MeetingAsync();
        await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/minutes/paragraphs/from-agenda");
        var paragraphs = await ParagraphsAsync(meeting);
        Assert.Equal(HttpStatusCode.OK, (await _admin.SendAsync(HttpMethod.Post, $"/api/paragraphs/{paragraphs[1].Id()}/immediate-adjustment")).Status);

        var (immediate, problem) = await _admin.SendAsync(HttpMethod.Delete, $"/api/paragraphs/{paragraphs[1].Id()}");
        Assert.Equal(HttpStatusCode.Conflict, immediate);
        Assert.Contains("omedelbart justerad", problem.Str("detail"), StringComparison.Ordinal);
        Assert.DoesNotContain("?taBortParagraf=" + paragraphs[1].Id(), await _admin.GetStringAsync($"/moten/{meeting}"), StringComparison.Ordinal);

        await _admin.SendAsync(HttpMethod.Put, $"/api/meetings/{meeting}/minutes", new { chair = "Jonas Väst", secretary = "Jan Andersson", keptAt = "Kommunhuset" });
        await _admin.PostOkAsync($"/api/meetings/{meeting}/minutes/adjusters", new { name = "Peter Pettersson", email = "peter@sundsvall.test" });
        Assert.Equal(HttpStatusCode.OK, (await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/minutes/send-for-adjustment")).Status);

        var (inAdjustment, _) = await _admin.SendAsync(HttpMethod.Delete, $"/api/paragraphs/{paragraphs[3].Id()}");
        var (status, text) = await _admin.PostPageAsync($"/moten/{meeting}", $"/moten/{meeting}?handler=DeleteParagraph", ("paragraphId", paragraphs[3].Id()));
        Assert.Equal(HttpStatusCode.Conflict, inAdjustment);
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("Protokollet är skickat för justering.", text, StringComparison.Ordinal);
        Assert.Equal(8, (await ParagraphsAsync(meeting)).Count);
        Assert.DoesNotContain("?paragraf=", await _admin.GetStringAsync($"/moten/{meeting}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_association_s_paragraphs_and_meetings_are_not_found()
    {
        var beta = await _platform.ProvisionAsync("beta", "Samordningsförbundet Beta");
        await _platform.AddPersonAsync(beta, Roles.Admin, "kansli@beta.test");
        var betaAdmin = await _platform.ApiClientAsync(beta, "kansli@beta.test");
        var betaBody = (await betaAdmin.PostOkAsync("/api/bodies", new { kind = "Board", name = "Styrelsen" })).Id();
        var betaMeeting = (await betaAdmin.PostOkAsync("/api/meetings", new { bodyId = betaBody, date = "2026-11-17", startTime = "13:00", endTime = "15:00", place = "Beta" })).Id();
        var betaParagraph = (await betaAdmin.PostOkAsync($"/api/meetings/{betaMeeting}/minutes/paragraphs", new { title = "Betas paragraf" })).Id();
        var meeting = await MeetingAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await _admin.SendAsync(HttpMethod.Delete, $"/api/paragraphs/{betaParagraph}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{betaMeeting}/minutes/paragraphs/from-agenda")).Status);
        using var page = await _admin.PostFormAsync($"/moten/{meeting}", $"/moten/{meeting}?handler=DeleteParagraph", ("paragraphId", betaParagraph));
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        using var edit = await _admin.PostFormAsync($"/moten/{meeting}", $"/moten/{meeting}?handler=EditParagraph", ("paragraphId", betaParagraph), ("EditParagraph.Title", "Ändrad"));
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal("Betas paragraf", (await betaAdmin.GetFromJsonAsync<JsonElement>($"/api/meetings/{betaMeeting}")).GetProperty("paragraphs")[0].Str("title"));
    }
}
