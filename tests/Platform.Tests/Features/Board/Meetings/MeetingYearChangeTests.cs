using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Board.Meetings;

/// <summary>
/// § numbers run per body and calendar year. A meeting moved into another year takes its draft
/// paragraphs into that year's series (numbered on from its next number, in their order); once a
/// paragraph is on the notice board, or the minutes have gone for adjustment, the move is refused
/// beside the date field. Never two paragraphs with one number in a body's year.
/// </summary>
public sealed class MeetingYearChangeTests : IAsyncLifetime, IDisposable
{
    private readonly PlatformFactory _platform = new();
    private TenantInfo _tenant = null!;
    private HttpClient _admin = null!;
    private string _body = null!;
    private const string AdminEmail = "kansli@insjoriket.test";

    public async Task InitializeAsync()
    {
        _tenant = await _platform.ProvisionAsync("insjoriket", "Samordningsförbundet Insjöriket");
        await _platform.AddPersonAsync(_tenant, Roles.Admin, AdminEmail);
        _admin = await _platform.ApiClientAsync(_tenant, AdminEmail);
        _body = (await _admin.PostOkAsync("/api/bodies", new { kind = "Board", name = "Styrelsen" })).Id();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _platform.Dispose();

    private object Details(string date) => new { bodyId = _body, date, startTime = "13:00", endTime = "16:00", place = "Brogatan" };

    private async Task<string> MeetingWithParagraphsAsync(string date, params string[] titles)
    {
        var meeting = (await _admin.PostOkAsync("/api/meetings", new { bodyId = _body, date, startTime = "13:00", endTime = "16:00", place = "Brogatan", emptyAgenda = true })).Id();
        foreach (var title in titles) await _admin.PostOkAsync($"/api/meetings/{meeting}/minutes/paragraphs", new { title });
        return meeting;
    }

    private async Task<List<(int Year, int Number, string Title)>> ParagraphsAsync(string meeting) =>
        (await _admin.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}")).GetProperty("paragraphs").EnumerateArray()
            .Select(p => (p.GetProperty("year").GetInt32(), p.GetProperty("number").GetInt32(), p.Str("title"))).ToList();

    [Fact]
    public async Task A_draft_moved_into_the_next_year_is_renumbered_on_from_that_year_s_series_in_its_order()
    {
        // 2027 already has § 1–2 (a meeting planned early in January); December 2026 has § 1–3 of its own.
        var january = await MeetingWithParagraphsAsync("2027-01-12", "Sammanträdet öppnas", "Sammanträdet avslutas");
        var december = await MeetingWithParagraphsAsync("2026-12-28", "Sammanträdet öppnas", "Budget 2027", "Sammanträdet avslutas");
        // A paragraph numbered by hand out of order keeps its place among the others.
        var (_, moved) = await _admin.SendAsync(HttpMethod.Put, $"/api/paragraphs/{(await _admin.GetFromJsonAsync<JsonElement>($"/api/meetings/{december}")).GetProperty("paragraphs")[2].Id()}", new { number = 9, title = "Sammanträdet avslutas" });
        Assert.Equal(9, moved.GetProperty("number").GetInt32());

        var (status, _) = await _admin.SendAsync(HttpMethod.Put, $"/api/meetings/{december}", Details("2027-01-05"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([(2027, 3, "Sammanträdet öppnas"), (2027, 4, "Budget 2027"), (2027, 5, "Sammanträdet avslutas")], await ParagraphsAsync(december));
        Assert.Equal([(2027, 1, "Sammanträdet öppnas"), (2027, 2, "Sammanträdet avslutas")], await ParagraphsAsync(january));
        // 2026's series is free again, and 2027's continues after the moved ones.
        var next = await _admin.PostOkAsync($"/api/meetings/{january}/minutes/paragraphs", new { title = "Övriga frågor" });
        Assert.Equal(6, next.GetProperty("number").GetInt32());
        var entry = Assert.Single(await _platform.AuditAsync(_tenant), e => e.Event == AuditEvents.MinutesChanged && e.Detail!.Contains("numrerade om", StringComparison.Ordinal));
        Assert.Equal("§ 1–2, 9 (2026) numrerade om till § 3–5 (2027)", entry.Detail);
        await _platform.InTenantAsync(_tenant, async s =>
        {
            var numbers = await s.GetRequiredService<TenantDb>().Set<Platform.Features.Board.Model.Paragraph>().AsNoTracking().Where(p => p.Year == 2027).Select(p => p.Number).ToListAsync();
            Assert.Equal(numbers.Count, numbers.Distinct().Count());
        });
    }

    [Fact]
    public async Task The_meeting_page_moves_a_draft_into_another_year_and_renumbers_it()
    {
        var meeting = await MeetingWithParagraphsAsync("2026-12-28", "Sammanträdet öppnas", "Sammanträdet avslutas");

        using var saved = await _admin.PostFormAsync($"/moten/{meeting}", $"/moten/{meeting}?handler=Details",
            ("Details.BodyId", _body), ("Details.Kind", "Ordinary"), ("Details.Status", "Planned"), ("Details.Date", "2027-01-04"),
            ("Details.StartTime", "13:00"), ("Details.EndTime", "16:00"), ("Details.Place", "Brogatan"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal([(2027, 1, "Sammanträdet öppnas"), (2027, 2, "Sammanträdet avslutas")], await ParagraphsAsync(meeting));
        Assert.Contains(await _platform.AuditAsync(_tenant), e => e.Event == AuditEvents.MeetingChanged && e.Subject == "Styrelsen 2027-01-04");
    }

    [Fact]
    public async Task A_move_into_another_year_is_refused_beside_the_date_once_a_paragraph_is_on_the_notice_board()
    {
        var meeting = await MeetingWithParagraphsAsync("2026-11-17", "Sammanträdet öppnas", "Brådskande beslut", "Sammanträdet avslutas");
        var urgent = (await _admin.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}")).GetProperty("paragraphs")[1].Id();
        await _admin.SendAsync(HttpMethod.Put, $"/api/meetings/{meeting}/minutes", new { chair = "Anna Strand", secretary = "Melina Myrbäck", keptAt = "Brogatan" });
        Assert.Equal(HttpStatusCode.OK, (await _admin.SendAsync(HttpMethod.Post, $"/api/paragraphs/{urgent}/immediate-adjustment")).Status);
        Assert.Equal(HttpStatusCode.Created, (await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/postings", new { immediateOnly = true })).Status);

        var (status, problem) = await _admin.SendAsync(HttpMethod.Put, $"/api/meetings/{meeting}", Details("2027-01-05"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Datumet kan inte flyttas till 2027: § 1–3 är anslagna på anslagstavlan med 2026 års nummer. Välj ett datum under 2026.",
            problem.GetProperty("errors").GetProperty("date")[0].GetString());
        Assert.All(await ParagraphsAsync(meeting), p => Assert.Equal(2026, p.Year));
        Assert.StartsWith("2026-11-17", (await _admin.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}")).GetProperty("meeting").Str("startsAt"), StringComparison.Ordinal);
        // A move within the year is still fine.
        Assert.Equal(HttpStatusCode.OK, (await _admin.SendAsync(HttpMethod.Put, $"/api/meetings/{meeting}", Details("2026-11-18"))).Status);
    }

    [Fact]
    public async Task The_meeting_page_refuses_the_move_beside_the_date_field_once_the_minutes_are_sent_for_adjustment()
    {
        var meeting = await MeetingWithParagraphsAsync("2026-11-17", "Sammanträdet öppnas", "Sammanträdet avslutas");
        await _admin.SendAsync(HttpMethod.Put, $"/api/meetings/{meeting}/minutes", new { chair = "Anna Strand", secretary = "Melina Myrbäck", keptAt = "Brogatan" });
        await _admin.PostOkAsync($"/api/meetings/{meeting}/minutes/adjusters", new { name = "Sofia Sandängers", email = "sofia@insjoriket.test" });
        Assert.Equal(HttpStatusCode.OK, (await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/minutes/send-for-adjustment")).Status);

        var (status, text) = await _admin.PostPageAsync($"/moten/{meeting}", $"/moten/{meeting}?handler=Details",
            ("Details.BodyId", _body), ("Details.Kind", "Ordinary"), ("Details.Status", "Held"), ("Details.Date", "2027-01-05"),
            ("Details.StartTime", "13:00"), ("Details.EndTime", "16:00"), ("Details.Place", "Brogatan"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Datumet kan inte flyttas till 2027: protokollet med § 1–2 är skickat för justering i 2026 års nummerserie. Välj ett datum under 2026.", text, StringComparison.Ordinal);
        Assert.Matches("<span class=\"error-text field-validation-error\" data-valmsg-for=\"Details.Date\"[^>]*>Datumet kan inte flyttas", text);
        Assert.Contains("value=\"2027-01-05\"", text, StringComparison.Ordinal);
        Assert.All(await ParagraphsAsync(meeting), p => Assert.Equal(2026, p.Year));
        var (api, _) = await _admin.SendAsync(HttpMethod.Put, $"/api/meetings/{meeting}", Details("2027-01-05"));
        Assert.Equal(HttpStatusCode.BadRequest, api);
    }
}
