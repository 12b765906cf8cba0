using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Board.Meetings;

/// <summary>
/// The agenda as the office works it, through the meeting page's forms and through the API: a new
/// meeting begins with its body's standard agenda (or an empty one), items are changed, moved and
/// removed after a confirmation, a removed item's papers stay on the meeting and move to another
/// item, every change is in the audit log, and another association's ids are not found.
/// </summary>
public sealed class AgendaTests : IAsyncLifetime, IDisposable
{
    private readonly PlatformFactory _platform = new();
    private TenantInfo _tenant = null!;
    private HttpClient _admin = null!;
    private const string AdminEmail = "kansli@roslagen.test";

    public async Task InitializeAsync()
    {
        _tenant = await _platform.ProvisionAsync("roslagen", "Samordningsförbundet Roslagen");
        await _platform.AddPersonAsync(_tenant, Roles.Admin, AdminEmail);
        _admin = await _platform.ApiClientAsync(_tenant, AdminEmail);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _platform.Dispose();

    private async Task<string> BodyAsync(string name = "Styrelsen") => (await _admin.PostOkAsync("/api/bodies", new { kind = "Board", name })).Id();

    private async Task<string> PlanAsync(string bodyId, bool emptyAgenda = false) =>
        (await _admin.PostOkAsync("/api/meetings", new { bodyId, date = "2026-12-10", startTime = "13:00", endTime = "16:00", place = "Kansliet", emptyAgenda })).Id();

    private async Task<List<(string Id, string Title)>> AgendaAsync(string meetingId) =>
        (await _admin.GetFromJsonAsync<JsonElement>($"/api/meetings/{meetingId}")).GetProperty("agenda").EnumerateArray()
            .Select(i => (i.Id(), i.Str("title"))).ToList();

    private async Task<JsonElement> PaperAsync(string meetingId, string paperId) =>
        (await _admin.GetFromJsonAsync<JsonElement>($"/api/meetings/{meetingId}")).GetProperty("papers").EnumerateArray().Single(p => p.Id() == paperId);

    private async Task<string> UploadAsync(string meetingId, string itemId)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(BoardTestKit.Pdf());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "Ekonomisk uppföljning.pdf");
        form.Add(new StringContent(itemId), "agendaItemId");
        using var response = await _admin.PostAsync($"/api/meetings/{meetingId}/papers", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Id();
    }

    [Fact]
    public async Task A_new_meeting_begins_with_its_body_s_standard_agenda_in_the_order_of_the_associations_minutes()
    {
        var meeting = await PlanAsync(await BodyAsync());

        Assert.Equal(
            ["Sammanträdet öppnas", "Val av justerare", "Fastställande av dagordning", "Föregående protokoll", "Informationspunkt förbundschef", "Övriga frågor", "Nästa sammanträde", "Sammanträdet avslutas"],
            (await AgendaAsync(meeting)).Select(i => i.Title));
        var item = (await _admin.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}")).GetProperty("agenda")[2];
        Assert.Equal("Att fastställa upprättat förslag till dagordning.", item.Str("proposedDecision"));
    }

    [Fact]
    public async Task A_meeting_planned_with_an_empty_agenda_has_no_items()
    {
        var meeting = await PlanAsync(await BodyAsync(), emptyAgenda: true);

        Assert.Empty(await AgendaAsync(meeting));
    }

    [Fact]
    public async Task The_planning_page_fills_the_agenda_from_the_template_unless_the_office_asks_for_an_empty_one()
    {
        var body = await BodyAsync();
        (string, string)[] fields = [("New.BodyId", body), ("New.Kind", "Ordinary"), ("New.Date", "2026-12-10"), ("New.StartTime", "13:00"), ("New.EndTime", "16:00"), ("New.Place", "Kansliet")];

        using var filled = await _admin.PostFormAsync("/moten", "/moten", fields);
        using var empty = await _admin.PostFormAsync("/moten", "/moten", [.. fields, ("New.EmptyAgenda", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, filled.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, empty.StatusCode);
        Assert.Equal(8, (await AgendaAsync(filled.Headers.Location!.OriginalString.Split('?')[0].Split('/')[2])).Count);
        Assert.Empty(await AgendaAsync(empty.Headers.Location!.OriginalString.Split('?')[0].Split('/')[2]));
    }

    [Fact]
    public async Task An_item_added_at_a_position_goes_there_and_the_others_move_down()
    {
        var meeting = await PlanAsync(await BodyAsync());

        var added = await _admin.PostOkAsync($"/api/meetings/{meeting}/agenda", new { title = "Ekonomisk uppföljning", position = 5 });
        await _admin.PostOkAsync($"/api/meetings/{meeting}/agenda", new { title = "Sist utan plats" });

        var agenda = await AgendaAsync(meeting);
        Assert.Equal("Ekonomisk uppföljning", agenda[4].Title);
        Assert.Equal("Informationspunkt förbundschef", agenda[5].Title);
        Assert.Equal("Sist utan plats", agenda[^1].Title);
        Assert.Equal(5, added.GetProperty("order").GetInt32());
    }

    [Fact]
    public async Task Items_move_up_and_down_one_step_or_to_a_position_through_the_API()
    {
        var meeting = await PlanAsync(await BodyAsync());
        var agenda = await AgendaAsync(meeting);

        var (down, _) = await _admin.SendAsync(HttpMethod.Post, $"/api/agenda-items/{agenda[1].Id}/move", new { direction = "down" });
        Assert.Equal(HttpStatusCode.OK, down);
        Assert.Equal(["Sammanträdet öppnas", "Fastställande av dagordning", "Val av justerare"], (await AgendaAsync(meeting)).Take(3).Select(i => i.Title));

        var (up, _) = await _admin.SendAsync(HttpMethod.Post, $"/api/agenda-items/{agenda[1].Id}/move", new { direction = "up" });
        Assert.Equal(HttpStatusCode.OK, up);
        Assert.Equal(["Sammanträdet öppnas", "Val av justerare", "Fastställande av dagordning"], (await AgendaAsync(meeting)).Take(3).Select(i => i.Title));

        var (toEnd, moved) = await _admin.SendAsync(HttpMethod.Post, $"/api/agenda-items/{agenda[0].Id}/move", new { position = 8 });
        Assert.Equal(HttpStatusCode.OK, toEnd);
        Assert.Equal(8, moved.GetProperty("order").GetInt32());
        Assert.Equal("Sammanträdet öppnas", (await AgendaAsync(meeting))[^1].Title);
        Assert.Equal(Enumerable.Range(1, 8), (await _admin.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}")).GetProperty("agenda").EnumerateArray().Select(i => i.GetProperty("order").GetInt32()));
    }

    [Fact]
    public async Task A_move_without_a_direction_or_outside_the_agenda_is_refused_beside_the_field()
    {
        var meeting = await PlanAsync(await BodyAsync());
        var item = (await AgendaAsync(meeting))[0].Id;

        var (sideways, problem) = await _admin.SendAsync(HttpMethod.Post, $"/api/agenda-items/{item}/move", new { direction = "sideways" });
        var (tooFar, farProblem) = await _admin.SendAsync(HttpMethod.Post, $"/api/agenda-items/{item}/move", new { position = 9 });

        Assert.Equal(HttpStatusCode.BadRequest, sideways);
        Assert.True(problem.GetProperty("errors").TryGetProperty("direction", out _));
        Assert.Equal(HttpStatusCode.BadRequest, tooFar);
        Assert.Contains("från 1 till 8", farProblem.GetProperty("errors").GetProperty("position")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_renames_an_item_and_comes_back_to_it()
    {
        var meeting = await PlanAsync(await BodyAsync());
        var item = (await AgendaAsync(meeting))[3].Id;

        var form = await _admin.GetStringAsync($"/moten/{meeting}?andra={item}");
        Assert.Contains("value=\"Föregående protokoll\"", form, StringComparison.Ordinal);
        using var saved = await _admin.PostFormAsync($"/moten/{meeting}?andra={item}", $"/moten/{meeting}?handler=EditAgenda",
            ("itemId", item), ("EditAgenda.Title", "Protokoll från sammanträdet 2026-11-12"), ("EditAgenda.ProposedDecision", "Att lägga protokollet till handlingarna."));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/moten/{meeting}?klart=arende-andrat#dagordning-klart", saved.Headers.Location!.OriginalString);
        Assert.Equal("Protokoll från sammanträdet 2026-11-12", (await AgendaAsync(meeting))[3].Title);
    }

    [Fact]
    public async Task A_rename_without_a_title_is_refused_beside_the_field_and_keeps_what_was_written()
    {
        var meeting = await PlanAsync(await BodyAsync());
        var item = (await AgendaAsync(meeting))[3].Id;

        var (status, text) = await _admin.PostPageAsync($"/moten/{meeting}?andra={item}", $"/moten/{meeting}?handler=EditAgenda",
            ("itemId", item), ("EditAgenda.Title", " "), ("EditAgenda.Description", "Bilagt protokoll"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Ange ärendets rubrik.", text, StringComparison.Ordinal);
        Assert.Contains("Bilagt protokoll</textarea>", text, StringComparison.Ordinal);
        Assert.Equal("Föregående protokoll", (await AgendaAsync(meeting))[3].Title);
    }

    [Fact]
    public async Task The_page_moves_an_item_with_its_buttons_and_lands_on_the_item()
    {
        var meeting = await PlanAsync(await BodyAsync());
        var agenda = await AgendaAsync(meeting);

        var page = await _admin.GetStringAsync($"/moten/{meeting}");
        Assert.Contains("Flytta upp<span class=\"visually-hidden\"> ärendet Val av justerare</span>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Flytta upp<span class=\"visually-hidden\"> ärendet Sammanträdet öppnas</span>", page, StringComparison.Ordinal);
        using var moved = await _admin.PostFormAsync($"/moten/{meeting}", $"/moten/{meeting}?handler=MoveAgenda", ("itemId", agenda[2].Id), ("direction", "up"));

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal($"/moten/{meeting}?klart=arende-flyttat#arende-{agenda[2].Id}", moved.Headers.Location!.OriginalString);
        Assert.Equal("Fastställande av dagordning", (await AgendaAsync(meeting))[1].Title);
    }

    [Fact]
    public async Task Removing_an_item_asks_first_and_its_papers_stay_on_the_meeting_to_be_moved_to_another_item()
    {
        var meeting = await PlanAsync(await BodyAsync());
        var agenda = await AgendaAsync(meeting);
        var paper = await UploadAsync(meeting, agenda[3].Id);

        // The link asks first; nothing is removed until the confirmation is posted.
        var confirm = System.Net.WebUtility.HtmlDecode(await _admin.GetStringAsync($"/moten/{meeting}?taBort={agenda[3].Id}"));
        Assert.Contains("Vill du ta bort ärendet Föregående protokoll från dagordningen?", confirm, StringComparison.Ordinal);
        Assert.Contains("Dess handlingar (1) blir kvar på sammanträdet", confirm, StringComparison.Ordinal);
        Assert.Equal(8, (await AgendaAsync(meeting)).Count);

        using var removed = await _admin.PostFormAsync($"/moten/{meeting}?taBort={agenda[3].Id}", $"/moten/{meeting}?handler=RemoveAgenda", ("itemId", agenda[3].Id));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal($"/moten/{meeting}?klart=arende-borttaget#dagordning-klart", removed.Headers.Location!.OriginalString);
        Assert.Equal(7, (await AgendaAsync(meeting)).Count);
        Assert.Equal(JsonValueKind.Null, (await PaperAsync(meeting, paper)).GetProperty("agendaItemId").ValueKind);
        Assert.Contains("Ekonomisk uppföljning.pdf", await _admin.GetStringAsync($"/moten/{meeting}"), StringComparison.Ordinal);

        // The papers section moves it to another item.
        using var movedPaper = await _admin.PostFormAsync($"/moten/{meeting}?handling={paper}", $"/moten/{meeting}?handler=EditPaper",
            ("paperId", paper), ("EditPaper.AgendaItemId", agenda[4].Id), ("EditPaper.IsPublic", "true"));
        Assert.Equal(HttpStatusCode.Redirect, movedPaper.StatusCode);
        Assert.Equal($"/moten/{meeting}?klart=handling-andrad#handlingar-klart", movedPaper.Headers.Location!.OriginalString);
        var stored = await PaperAsync(meeting, paper);
        Assert.Equal(agenda[4].Id, stored.Str("agendaItemId"));
        Assert.True(stored.GetProperty("isPublic").GetBoolean());
    }

    [Fact]
    public async Task The_API_moves_a_paper_to_another_item_or_none_but_not_to_another_meeting_s_item()
    {
        var body = await BodyAsync();
        var meeting = await PlanAsync(body);
        var other = await PlanAsync(body);
        var agenda = await AgendaAsync(meeting);
        var paper = await UploadAsync(meeting, agenda[3].Id);

        var (moved, _) = await _admin.SendAsync(HttpMethod.Put, $"/api/papers/{paper}", new { agendaItemId = agenda[5].Id, isPublic = false });
        Assert.Equal(HttpStatusCode.OK, moved);
        Assert.Equal(agenda[5].Id, (await PaperAsync(meeting, paper)).Str("agendaItemId"));

        var (elsewhere, problem) = await _admin.SendAsync(HttpMethod.Put, $"/api/papers/{paper}", new { agendaItemId = (await AgendaAsync(other))[0].Id, isPublic = false });
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere);
        Assert.True(problem.GetProperty("errors").TryGetProperty("agendaItemId", out _));

        var (none, _) = await _admin.SendAsync(HttpMethod.Put, $"/api/papers/{paper}", new { agendaItemId = (string?)null, isPublic = true });
        Assert.Equal(HttpStatusCode.OK, none);
        Assert.Equal(JsonValueKind.Null, (await PaperAsync(meeting, paper)).GetProperty("agendaItemId").ValueKind);
    }

    [Fact]
    public async Task Every_change_to_the_agenda_is_in_the_audit_log_after_it_is_saved()
    {
        var meeting = await PlanAsync(await BodyAsync());
        var agenda = await AgendaAsync(meeting);

        await _admin.SendAsync(HttpMethod.Put, $"/api/agenda-items/{agenda[3].Id}", new { title = "Föregående protokolls uppföljning" });
        await _admin.SendAsync(HttpMethod.Post, $"/api/agenda-items/{agenda[3].Id}/move", new { direction = "up" });
        await _admin.SendAsync(HttpMethod.Delete, $"/api/agenda-items/{agenda[3].Id}");

        var log = (await _platform.AuditAsync(_tenant)).Where(e => e.Event == AuditEvents.AgendaChanged).ToList();
        Assert.Equal(3, log.Count);
        Assert.All(log, e => Assert.Equal("Styrelsen 2026-12-10: dagordning", e.Subject));
        Assert.All(log, e => Assert.Equal(AdminEmail, e.Actor));
        Assert.Contains("flyttat från nummer 4 till 3", log[1].Detail, StringComparison.Ordinal);
        Assert.Single(await _platform.AuditAsync(_tenant), e => e.Event == AuditEvents.MeetingChanged);
    }

    [Fact]
    public async Task Another_association_s_agenda_items_and_papers_are_not_found_by_the_API_or_the_page()
    {
        var meeting = await PlanAsync(await BodyAsync());
        var beta = await _platform.ProvisionAsync("beta", "Samordningsförbundet Beta");
        await _platform.AddPersonAsync(beta, Roles.Admin, "kansli@beta.test");
        var betaAdmin = await _platform.ApiClientAsync(beta, "kansli@beta.test");
        var betaBody = (await betaAdmin.PostOkAsync("/api/bodies", new { kind = "Board", name = "Styrelsen" })).Id();
        var betaMeeting = (await betaAdmin.PostOkAsync("/api/meetings", new { bodyId = betaBody, date = "2026-12-10", startTime = "13:00", endTime = "16:00", place = "Beta" })).Id();
        var betaItem = (await betaAdmin.GetFromJsonAsync<JsonElement>($"/api/meetings/{betaMeeting}")).GetProperty("agenda")[0].Id();

        Assert.Equal(HttpStatusCode.NotFound, (await _admin.SendAsync(HttpMethod.Post, $"/api/agenda-items/{betaItem}/move", new { direction = "down" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.SendAsync(HttpMethod.Put, $"/api/agenda-items/{betaItem}", new { title = "Ändrad" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.SendAsync(HttpMethod.Put, $"/api/papers/{Guid.NewGuid()}", new { isPublic = true })).Status);
        using var page = await _admin.PostFormAsync($"/moten/{meeting}", $"/moten/{meeting}?handler=MoveAgenda", ("itemId", betaItem), ("direction", "down"));
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        using var betaPage = await _admin.PostFormAsync($"/moten/{meeting}", $"/moten/{betaMeeting}?handler=EditAgenda", ("itemId", betaItem), ("EditAgenda.Title", "Ändrad"));
        Assert.Equal(HttpStatusCode.NotFound, betaPage.StatusCode);
        Assert.Equal("Sammanträdet öppnas", (await betaAdmin.GetFromJsonAsync<JsonElement>($"/api/meetings/{betaMeeting}")).GetProperty("agenda")[0].Str("title"));
    }

    [Fact]
    public async Task A_board_member_reads_the_agenda_but_gets_no_tools_and_may_not_move_items()
    {
        var meeting = await PlanAsync(await BodyAsync());
        var item = (await AgendaAsync(meeting))[1].Id;
        var member = await _platform.SignedInAsync(_tenant, Roles.Board);

        var page = await member.GetStringAsync($"/moten/{meeting}");
        Assert.Contains("Val av justerare", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Flytta upp", page, StringComparison.Ordinal);
        using var refused = await member.PostFormAsync($"/moten/{meeting}", $"/moten/{meeting}?handler=MoveAgenda", ("itemId", item), ("direction", "up"));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode); // to "no access"
        Assert.Contains("/konto/ingen-behorighet", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
