using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Board.Model;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Board.Minuting;

/// <summary>
/// The minutes from draft to the notice board through the API, every transition and every refusal:
/// § numbers and their collisions, adjustment by the adjusters only, locking, posting and takedown
/// on the legal dates (the fake clock stands at Monday 2026-11-23).
/// </summary>
public sealed class MinutesWorkflowTests : IAsyncLifetime, IDisposable
{
    private readonly PlatformFactory _platform = new();
    private TenantInfo _tenant = null!;
    private HttpClient _admin = null!;
    private const string AdminEmail = "kansli@sundsvall.test";
    private const string ChairEmail = "jonas.vast@sundsvall.test";
    private const string AdjusterEmail = "peter.pettersson@sundsvall.test";

    public async Task InitializeAsync()
    {
        _tenant = await _platform.ProvisionAsync("sundsvall", "Samordningsförbundet i Sundsvall");
        await _platform.AddPersonAsync(_tenant, Roles.Admin, AdminEmail);
        await _platform.AddPersonAsync(_tenant, Roles.Board, ChairEmail);
        await _platform.AddPersonAsync(_tenant, Roles.Board, AdjusterEmail);
        await _platform.AddPersonAsync(_tenant, Roles.Board, "ledamot@sundsvall.test");
        await _platform.AddPersonAsync(_tenant, Roles.Auditor, "revisor@sundsvall.test");
        _admin = await _platform.ApiClientAsync(_tenant, AdminEmail);
        // These tests post by hand; the automatic posting on approval is tested in BoardDeadlineTests.
        var (status, _) = await _admin.SendAsync(HttpMethod.Put, "/api/board-settings", new { noticeDaysBefore = 7, adjusterReminderDays = 3, postingMode = "Remind", keepPostingDays = 0 });
        Assert.Equal(System.Net.HttpStatusCode.OK, status);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _platform.Dispose();

    private async Task<string> ReadyForAdjustmentAsync(string date = "2026-11-17")
    {
        var (_, meeting) = await _admin.MeetingAsync(date);
        await _admin.SendAsync(HttpMethod.Put, $"/api/meetings/{meeting}/minutes", new { chair = "Jonas Väst", secretary = "Jan Andersson", keptAt = "Samordningsförbundet i Sundsvall, Kommunhuset rum 612" });
        await _admin.PostOkAsync($"/api/meetings/{meeting}/minutes/attendance", new { name = "Jonas Väst", organisation = "Sundsvalls kommun", role = "Member", present = true });
        await _admin.PostOkAsync($"/api/meetings/{meeting}/minutes/attendance", new { name = "Peter Pettersson", organisation = "Arbetsförmedlingen", role = "Member", present = true });
        await _admin.PostOkAsync($"/api/meetings/{meeting}/minutes/adjusters", new { name = "Jonas Väst", email = ChairEmail });
        await _admin.PostOkAsync($"/api/meetings/{meeting}/minutes/adjusters", new { name = "Peter Pettersson", email = AdjusterEmail });
        await _admin.PostOkAsync($"/api/meetings/{meeting}/minutes/paragraphs", new { title = "Sammanträdet öppnas", text = "Ordförande förklarar mötet öppnat." });
        await _admin.PostOkAsync($"/api/meetings/{meeting}/minutes/paragraphs", new
        {
            title = "Reviderad ansökan om en arbetskonsulent",
            decision = "Styrelsen beslutade att bevilja medel med 247 500 kr för 2024.",
            recusals = "Jonas Väst",
        });
        return meeting;
    }

    private async Task<JsonElement> MinutesAsync(string meeting) =>
        (await _admin.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}")).GetProperty("minutes");

    [Fact]
    public async Task Minutes_go_from_draft_through_two_approvals_to_locked_and_onto_the_notice_board()
    {
        var meeting = await ReadyForAdjustmentAsync();

        var (sent, _) = await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/minutes/send-for-adjustment");
        Assert.Equal(HttpStatusCode.OK, sent);
        Assert.Equal("InAdjustment", (await MinutesAsync(meeting)).Str("status"));
        var outbox = await _platform.OutboxAsync(_tenant);
        Assert.Equal(2, outbox.Count(m => m.Subject.StartsWith("Protokoll att justera", StringComparison.Ordinal)));

        // In adjustment nothing changes, and posting is refused.
        var paragraphId = (await _admin.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}")).GetProperty("paragraphs")[0].Id();
        Assert.Equal(HttpStatusCode.Conflict, (await _admin.SendAsync(HttpMethod.Put, $"/api/paragraphs/{paragraphId}", new { title = "Ändrad" })).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/postings", new { })).Status);

        // Only the adjusters adjust: another board member, the auditor and the admin get 403.
        foreach (var outsider in new[] { "ledamot@sundsvall.test", "revisor@sundsvall.test", AdminEmail })
        {
            var client = await _platform.ApiClientAsync(_tenant, outsider);
            var (status, problem) = await client.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/minutes/approve");
            Assert.Equal(HttpStatusCode.Forbidden, status);
            Assert.Contains("justerare", problem.Str("detail"), StringComparison.Ordinal);
        }

        var chair = await _platform.ApiClientAsync(_tenant, ChairEmail);
        Assert.Equal(HttpStatusCode.OK, (await chair.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/minutes/approve")).Status);
        Assert.Equal("InAdjustment", (await MinutesAsync(meeting)).Str("status"));
        Assert.Equal(HttpStatusCode.Conflict, (await chair.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/minutes/approve")).Status);

        _platform.Clock.Advance(TimeSpan.FromHours(3));
        var adjuster = await _platform.ApiClientAsync(_tenant, AdjusterEmail);
        Assert.Equal(HttpStatusCode.OK, (await adjuster.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/minutes/approve")).Status);
        var minutes = await MinutesAsync(meeting);
        Assert.Equal("Adjusted", minutes.Str("status"));
        Assert.Equal("2026-11-23", minutes.Str("adjustedOn"));

        // Locked: every change is a 409, taking it back to draft too.
        Assert.Equal(HttpStatusCode.Conflict, (await _admin.SendAsync(HttpMethod.Put, $"/api/paragraphs/{paragraphId}", new { title = "Ändrad" })).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/minutes/paragraphs", new { title = "Ny" })).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/minutes/return-to-draft")).Status);
        var (locked, lockedProblem) = await _admin.SendAsync(HttpMethod.Put, $"/api/meetings/{meeting}/minutes", new { keptAt = "Någon annanstans" });
        Assert.Equal(HttpStatusCode.Conflict, locked);
        Assert.Contains("rättelse", lockedProblem.Str("detail"), StringComparison.Ordinal);

        // Posted on Monday 2026-11-23: three weeks is Monday 2026-12-14, so down on the 15th at the earliest.
        var posting = await _admin.PostOkAsync($"/api/meetings/{meeting}/postings", new { });
        Assert.Equal("2026-11-23", posting.Str("postedOn"));
        Assert.Equal("2026-11-25", posting.Str("postingDeadline"));
        Assert.Equal("2026-12-14", posting.Str("lastAppealDay"));
        Assert.Equal("2026-12-15", posting.Str("earliestTakedown"));
        Assert.Equal("§ 1–2", posting.Str("paragraphs"));
        Assert.False(posting.GetProperty("late").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, (await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/postings", new { })).Status);

        var board = _platform.ClientFor(PlatformFactory.HostOf(_tenant));
        var feed = await board.GetFromJsonAsync<JsonElement>("/anslagstavla/flode.json");
        var item = Assert.Single(feed.GetProperty("items").EnumerateArray());
        Assert.Equal("2026-12-14", item.GetProperty("_anslag").Str("sista_dag_att_overklaga"));

        // Too early to take down on the last appeal day itself; allowed the day after.
        _platform.Clock.Advance(TimeSpan.FromDays(21));
        _admin = await _platform.ApiClientAsync(_tenant, AdminEmail); // the session idled out over three weeks
        var (early, earlyProblem) = await _admin.SendAsync(HttpMethod.Post, $"/api/postings/{posting.Id()}/takedown");
        Assert.Equal(HttpStatusCode.Conflict, early);
        Assert.Contains("2026-12-15", earlyProblem.Str("detail"), StringComparison.Ordinal);
        _platform.Clock.Advance(TimeSpan.FromDays(1));
        _admin = await _platform.ApiClientAsync(_tenant, AdminEmail);
        var down = await _admin.PostOkAsync($"/api/postings/{posting.Id()}/takedown", new { });
        Assert.Equal("2026-12-15", down.Str("takenDownOn"));
        Assert.Empty((await board.GetFromJsonAsync<JsonElement>("/anslagstavla/flode.json")).GetProperty("items").EnumerateArray());
        Assert.Contains("§ 1–2", await board.GetStringAsync("/anslagstavla/arkiv"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Returning_to_draft_voids_the_approvals_so_far()
    {
        var meeting = await ReadyForAdjustmentAsync();
        await _admin.PostOkAsync($"/api/meetings/{meeting}/minutes/send-for-adjustment", new { });
        var chair = await _platform.ApiClientAsync(_tenant, ChairEmail);
        await chair.PostOkAsync($"/api/meetings/{meeting}/minutes/approve", new { });

        await _admin.PostOkAsync($"/api/meetings/{meeting}/minutes/return-to-draft", new { });

        var file = await _admin.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}");
        Assert.Equal("Draft", file.GetProperty("minutes").Str("status"));
        Assert.All(file.GetProperty("adjusters").EnumerateArray(), a => Assert.Equal(JsonValueKind.Null, a.GetProperty("approvedAt").ValueKind));
        Assert.Equal(HttpStatusCode.Conflict, (await chair.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/minutes/approve")).Status);
    }

    [Fact]
    public async Task Minutes_cannot_be_sent_for_adjustment_incomplete_or_before_the_meeting()
    {
        var (_, future) = await _admin.MeetingAsync("2026-12-10");
        await _admin.PostOkAsync($"/api/meetings/{future}/minutes/paragraphs", new { title = "Sammanträdet öppnas" });

        var (status, problem) = await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{future}/minutes/send-for-adjustment");

        Assert.Equal(HttpStatusCode.Conflict, status);
        var detail = problem.Str("detail");
        Assert.Contains("inte hållits än", detail, StringComparison.Ordinal);
        Assert.Contains("ingen justerare", detail, StringComparison.Ordinal);
        Assert.Contains("ordförande saknas", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paragraph_numbers_run_per_body_through_the_year_from_a_set_start_and_a_taken_number_is_a_conflict()
    {
        var (board, june) = await _admin.MeetingAsync("2026-06-18");
        Assert.Equal(HttpStatusCode.OK, (await _admin.SendAsync(HttpMethod.Put, $"/api/bodies/{board}/numbering", new { year = 2026, startsAt = 1100 })).Status);
        var (_, september) = await _admin.MeetingAsync("2026-09-17", bodyId: board);
        var (_, january) = await _admin.MeetingAsync("2027-01-20", bodyId: board);
        var (_, council) = await _admin.MeetingAsync("2026-09-18", bodyName: "Medlemssamrådet");

        async Task<int> AddAsync(string meeting, object? number = null) =>
            (await _admin.PostOkAsync($"/api/meetings/{meeting}/minutes/paragraphs", new { title = "Punkt", number })).GetProperty("number").GetInt32();

        Assert.Equal(1100, await AddAsync(june));
        Assert.Equal(1101, await AddAsync(june));
        Assert.Equal(1102, await AddAsync(september)); // continues from the last number used in the year
        Assert.Equal(1, await AddAsync(january));       // a new year starts again
        Assert.Equal(1, await AddAsync(council));       // another body has its own series

        var (collision, problem) = await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{september}/minutes/paragraphs", new { title = "Dubblett", number = 1101 });
        Assert.Equal(HttpStatusCode.Conflict, collision);
        Assert.Contains("§ 1101 är redan använd 2026", problem.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(1200, await AddAsync(september, 1200));
        Assert.Equal(1201, await AddAsync(september));

        // The start cannot be moved past a number already in use.
        Assert.Equal(HttpStatusCode.Conflict, (await _admin.SendAsync(HttpMethod.Put, $"/api/bodies/{board}/numbering", new { year = 2026, startsAt = 1150 })).Status);
        var count = await _platform.InTenantAsync(_tenant, s => s.GetRequiredService<TenantDb>().Paragraphs.CountAsync());
        Assert.Equal(7, count);
    }

    [Fact]
    public async Task Posting_after_the_deadline_is_allowed_but_marked_late_and_the_admins_are_warned()
    {
        var meeting = await ReadyForAdjustmentAsync();
        await _admin.PostOkAsync($"/api/meetings/{meeting}/minutes/send-for-adjustment", new { });
        await (await _platform.ApiClientAsync(_tenant, ChairEmail)).PostOkAsync($"/api/meetings/{meeting}/minutes/approve", new { });
        await (await _platform.ApiClientAsync(_tenant, AdjusterEmail)).PostOkAsync($"/api/meetings/{meeting}/minutes/approve", new { });

        _platform.Clock.Advance(TimeSpan.FromDays(3)); // adjusted Monday 23rd, deadline Wednesday 25th, posted Thursday 26th
        _admin = await _platform.ApiClientAsync(_tenant, AdminEmail);
        var posting = await _admin.PostOkAsync($"/api/meetings/{meeting}/postings", new { });

        Assert.True(posting.GetProperty("late").GetBoolean());
        Assert.Equal("2026-11-26", posting.Str("postedOn"));
        Assert.Equal("2026-12-17", posting.Str("lastAppealDay")); // the appeal period runs from the real posting day
        var warning = Assert.Single(await _platform.OutboxAsync(_tenant), m => m.Subject.StartsWith("Sent anslag", StringComparison.Ordinal));
        Assert.Contains(AdminEmail, warning.To, StringComparison.Ordinal);
        Assert.DoesNotContain(ChairEmail, warning.To, StringComparison.Ordinal);
        Assert.Contains("2026-11-25", warning.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_immediately_adjusted_paragraph_is_locked_and_can_be_posted_before_the_rest()
    {
        var meeting = await ReadyForAdjustmentAsync();
        var paragraphs = (await _admin.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}")).GetProperty("paragraphs");
        var second = paragraphs[1].Id();

        var adjusted = await _admin.PostOkAsync($"/api/paragraphs/{second}/immediate-adjustment", new { });
        Assert.Equal("2026-11-17", adjusted.Str("immediatelyAdjustedOn"));
        Assert.Equal(HttpStatusCode.Conflict, (await _admin.SendAsync(HttpMethod.Put, $"/api/paragraphs/{second}", new { title = "Ändrad" })).Status);

        var posting = await _admin.PostOkAsync($"/api/meetings/{meeting}/postings", new { immediateOnly = true });
        Assert.Equal("§ 2", posting.Str("paragraphs"));
        Assert.Equal("2026-11-17", posting.Str("adjustedOn"));
        Assert.True(posting.GetProperty("late").GetBoolean()); // deadline 2026-11-19, posted the 23rd
        Assert.Equal(HttpStatusCode.Conflict, (await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/postings", new { immediateOnly = true })).Status);
        // The rest of the minutes is still a draft, and the rest cannot be posted.
        Assert.Equal(HttpStatusCode.Conflict, (await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/postings", new { })).Status);
    }

    [Fact]
    public async Task Bad_input_gets_Swedish_field_errors_and_nothing_is_written()
    {
        var (status, problem) = await _admin.SendAsync(HttpMethod.Post, "/api/meetings", new { bodyId = Guid.NewGuid(), kind = "Hemlig", date = "18/6 2021", startTime = "25:00", endTime = "12:00", videoLink = "http://teams.example" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = problem.GetProperty("errors");
        Assert.Contains("Organet finns inte", errors.GetProperty("bodyId")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Ordinary", errors.GetProperty("kind")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("ÅÅÅÅ-MM-DD", errors.GetProperty("date")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("TT:MM", errors.GetProperty("startTime")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("https://", errors.GetProperty("videoLink")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await _platform.InTenantAsync(_tenant, s => s.GetRequiredService<TenantDb>().Meetings.CountAsync()));

        using var broken = new StringContent("{\"title\":", System.Text.Encoding.UTF8, "application/json");
        var (_, meeting) = await _admin.MeetingAsync("2026-11-17");
        using var response = await _admin.PostAsync($"/api/meetings/{meeting}/agenda", broken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Papers_are_checked_by_their_bytes_and_downloads_follow_the_meeting_and_the_public_flag()
    {
        var (_, meeting) = await _admin.MeetingAsync("2026-11-17");
        async Task<(HttpStatusCode, JsonElement)> UploadAsync(string name, byte[] bytes, bool isPublic)
        {
            using var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "file", name);
            form.Add(new StringContent(isPublic ? "true" : "false"), "isPublic");
            using var response = await _admin.PostAsync($"/api/meetings/{meeting}/papers", form);
            return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
        }

        // A Windows program renamed to .pdf is refused, and nothing is stored.
        var (refused, problem) = await UploadAsync("Bilaga 1.pdf", [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0], isPublic: true);
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.NotEmpty(problem.GetProperty("errors").GetProperty("file")[0].GetString()!);
        Assert.Equal(0, await _platform.InTenantAsync(_tenant, s => s.GetRequiredService<TenantDb>().Papers.CountAsync()));

        var (_, secret) = await UploadAsync("Ansökan med personuppgifter.pdf", BoardTestKit.Pdf("intern"), isPublic: false);
        var (_, open) = await UploadAsync("Bilaga 1.pdf", BoardTestKit.Pdf("publik"), isPublic: true);
        Assert.Equal("application/pdf", open.Str("contentType"));

        // The association's people download both; the public only the public one.
        using var download = await _admin.GetAsync($"/api/papers/{secret.Id()}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("intern", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var anonymous = _platform.ClientFor(PlatformFactory.HostOf(_tenant));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/anslagstavla/handlingar/{secret.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/anslagstavla/handlingar/{open.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/papers/{secret.Id()}")).StatusCode);
    }
}
