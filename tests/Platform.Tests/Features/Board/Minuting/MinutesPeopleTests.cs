using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Board.Minuting;

/// <summary>
/// People entered once: attendance from the body's seats on the meeting day and from the register,
/// chair, secretary and adjusters chosen among those present, an adjuster without an account invited
/// straight to the minutes, and an adjuster sending the minutes back with a comment (the fake clock
/// stands at Monday 2026-11-23; the meeting was on Tuesday 2026-11-17).
/// </summary>
public sealed partial class MinutesPeopleTests : IAsyncLifetime, IDisposable
{
    private readonly PlatformFactory _platform = new();
    private TenantInfo _tenant = null!;
    private HttpClient _admin = null!;
    private string _bodyId = null!;
    private readonly Dictionary<string, string> _contacts = [];
    private const string AdminEmail = "kansli@sundsvall.test";
    private const string JonasEmail = "jonas.vast@sundsvall.test";
    /// <summary>In the register with an address, but with no account: gets an invitation.</summary>
    private const string AnnaEmail = "anna.ek@kommun.test";

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();

    public async Task InitializeAsync()
    {
        _tenant = await _platform.ProvisionAsync("sundsvall", "Samordningsförbundet i Sundsvall");
        await _platform.AddPersonAsync(_tenant, Roles.Admin, AdminEmail);
        await _platform.AddPersonAsync(_tenant, Roles.Board, JonasEmail);
        await _platform.AddPersonAsync(_tenant, Roles.Board, "ledamot@sundsvall.test");
        _admin = await _platform.ApiClientAsync(_tenant, AdminEmail);
        _bodyId = (await _admin.PostOkAsync("/api/bodies", new { kind = "Board", name = "Styrelsen" })).Id();
        foreach (var (name, organisation, email) in new[]
        {
            ("Jonas Väst", "Sundsvalls kommun", JonasEmail),
            ("Anna Ek", "Timrå kommun", AnnaEmail),
            ("Bo Berg", "Region Västernorrland", null),
            ("Cecilia Dahl", "Sundsvalls kommun", "cecilia.dahl@kommun.test"),
            ("Dan Ström", "Samordningsförbundet i Sundsvall", "dan.strom@sundsvall.test"),
            ("Eva Forsberg", "Timrå kommun", "eva.forsberg@kommun.test"),
        })
            _contacts[name] = (await _admin.PostOkAsync("/api/contacts", new { name, organisation, email })).Id();
        foreach (var (name, kind, position, order, to) in new (string, string, string?, int?, string?)[]
        {
            ("Jonas Väst", "Member", "Chair", null, null),
            ("Anna Ek", "Member", null, null, null),
            ("Bo Berg", "Member", null, null, null),
            ("Cecilia Dahl", "Substitute", null, 1, null),
            ("Eva Forsberg", "Member", null, null, "2026-06-30"), // left the board before the meeting
        })
            await _admin.PostOkAsync($"/api/bodies/{_bodyId}/seats", new { contactId = _contacts[name], kind, position, substituteOrder = order, from = "2023-01-01", to });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _platform.Dispose();

    private async Task<string> MeetingAsync() => (await _admin.MeetingAsync("2026-11-17", bodyId: _bodyId)).MeetingId;

    private async Task<JsonElement> FileAsync(string meeting) => await _admin.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}");

    private async Task<Dictionary<string, JsonElement>> LinesAsync(string meeting) =>
        (await FileAsync(meeting)).GetProperty("attendance").EnumerateArray().ToDictionary(l => l.Str("name"));

    /// <summary>Attendance from the seats; Bo Berg away and Cecilia Dahl serving for him; Dan Ström (staff) from the register.</summary>
    private async Task<Dictionary<string, JsonElement>> AttendanceTakenAsync(string meeting)
    {
        var (taken, added) = await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/minutes/attendance/from-seats");
        Assert.Equal(HttpStatusCode.OK, taken);
        Assert.Equal(4, added.GetInt32());
        var lines = await LinesAsync(meeting);
        var (marked, problem) = await _admin.SendAsync(HttpMethod.Put, $"/api/meetings/{meeting}/minutes/attendance", new
        {
            lines = new object[]
            {
                new { id = lines["Bo Berg"].Id(), present = false },
                new { id = lines["Cecilia Dahl"].Id(), present = true, servingForId = lines["Bo Berg"].Id() },
            },
        });
        Assert.True(marked == HttpStatusCode.OK, problem.ToString());
        await _admin.PostOkAsync($"/api/meetings/{meeting}/minutes/attendance", new { contactId = _contacts["Dan Ström"], note = "Sekreterare" });
        return await LinesAsync(meeting);
    }

    /// <summary>Minutes ready to send: attendance, chair and secretary, Jonas Väst (with an account) and Anna Ek (without) as adjusters, a paragraph.</summary>
    private async Task<string> ReadyAsync()
    {
        var meeting = await MeetingAsync();
        var lines = await AttendanceTakenAsync(meeting);
        var (saved, problem) = await _admin.SendAsync(HttpMethod.Put, $"/api/meetings/{meeting}/minutes", new { chairId = lines["Jonas Väst"].Id(), secretaryId = lines["Dan Ström"].Id(), keptAt = "Kansliet" });
        Assert.True(saved == HttpStatusCode.OK, problem.ToString());
        await _admin.PostOkAsync($"/api/meetings/{meeting}/minutes/adjusters", new { attendanceId = lines["Jonas Väst"].Id() });
        await _admin.PostOkAsync($"/api/meetings/{meeting}/minutes/adjusters", new { attendanceId = lines["Anna Ek"].Id() });
        await _admin.PostOkAsync($"/api/meetings/{meeting}/minutes/paragraphs", new { title = "Sammanträdet öppnas" });
        return meeting;
    }

    private async Task<string> SentAsync()
    {
        var meeting = await ReadyAsync();
        Assert.Equal(HttpStatusCode.OK, (await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/minutes/send-for-adjustment")).Status);
        return meeting;
    }

    private static void Refused(HttpStatusCode status, JsonElement problem, string field, string words)
    {
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(words, problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attendance_is_taken_from_the_seats_on_the_meeting_day_and_a_substitute_serves_for_an_absent_member()
    {
        var meeting = await MeetingAsync();
        var lines = await AttendanceTakenAsync(meeting);

        // The seats on the meeting day, linked to the register: members present, the substitute as marked.
        Assert.Equal(["Jonas Väst", "Anna Ek", "Bo Berg", "Cecilia Dahl", "Dan Ström"], lines.Keys);
        Assert.Equal(_contacts["Anna Ek"], lines["Anna Ek"].Str("contactId"));
        Assert.Equal(("Member", true), (lines["Jonas Väst"].Str("role"), lines["Jonas Väst"].GetProperty("present").GetBoolean()));
        Assert.False(lines["Bo Berg"].GetProperty("present").GetBoolean());
        Assert.Equal(("Substitute", "Bo Berg", lines["Bo Berg"].Id()), (lines["Cecilia Dahl"].Str("role"), lines["Cecilia Dahl"].Str("servingFor"), lines["Cecilia Dahl"].Str("servingForId")));
        Assert.Equal(("Other", "Sekreterare"), (lines["Dan Ström"].Str("role"), lines["Dan Ström"].Str("note")));

        // Taken again, nobody comes twice; a person from the register is not added twice either.
        Assert.Equal(0, (await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/minutes/attendance/from-seats")).Body.GetInt32());
        var (twice, twiceProblem) = await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/minutes/attendance", new { contactId = _contacts["Dan Ström"] });
        Refused(twice, twiceProblem, "contactId", "finns redan i närvarolistan");

        // A substitute serves only for an absent member (or from a paragraph on), and only one for each.
        var forPresent = await _admin.SendAsync(HttpMethod.Put, $"/api/meetings/{meeting}/minutes/attendance", new { lines = new[] { new { id = lines["Cecilia Dahl"].Id(), present = true, servingForId = lines["Jonas Väst"].Id() } } });
        Refused(forPresent.Status, forPresent.Body, "lines[0].servingForId", "Jonas Väst är markerad som närvarande");
        var fromParagraph = await _admin.SendAsync(HttpMethod.Put, $"/api/meetings/{meeting}/minutes/attendance", new { lines = new object[] { new { id = lines["Cecilia Dahl"].Id(), present = true, servingForId = lines["Jonas Väst"].Id(), fromParagraph = 3 } } });
        Assert.Equal(HttpStatusCode.OK, fromParagraph.Status);
        var after = await LinesAsync(meeting);
        Assert.Equal(("Jonas Väst", 3), (after["Cecilia Dahl"].Str("servingFor"), after["Cecilia Dahl"].GetProperty("servingFromParagraph").GetInt32()));
        var member = await _admin.SendAsync(HttpMethod.Put, $"/api/meetings/{meeting}/minutes/attendance", new { lines = new[] { new { id = lines["Anna Ek"].Id(), present = true, servingForId = lines["Bo Berg"].Id() } } });
        Refused(member.Status, member.Body, "lines[0].servingForId", "Bara en närvarande ersättare");

        // The page offers the seats and the register's people to choose, and shows the substitute's service.
        var page = WebUtility.HtmlDecode(await _admin.GetStringAsync($"/moten/{meeting}"));
        Assert.Contains($"<option value=\"{_contacts["Eva Forsberg"]}\">Eva Forsberg", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"<option value=\"{_contacts["Dan Ström"]}\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Hämta närvaro från organets ledamöter", page, StringComparison.Ordinal); // every seat is on the list

        var audit = await _platform.AuditAsync(_tenant);
        Assert.Contains(audit, e => e.Event == AuditEvents.MinutesChanged && e.Actor == AdminEmail && e.Subject == "Styrelsen 2026-11-17" && e.Detail!.Contains("hämtad från organets ledamöter", StringComparison.Ordinal));
        Assert.Contains(audit, e => e.Event == AuditEvents.MinutesChanged && e.Detail!.Contains("frånvarande: Bo Berg; tjänstgör: Cecilia Dahl för Bo Berg", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_page_takes_attendance_from_the_seats_and_marks_a_substitute_serving_for_an_absent_member()
    {
        var meeting = await MeetingAsync();
        var path = $"/moten/{meeting}";
        Assert.Contains("Hämta närvaro från organets ledamöter", await _admin.GetStringAsync(path), StringComparison.Ordinal);
        using var taken = await _admin.PostFormAsync(path, $"{path}?handler=FromSeats");
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        var lines = await LinesAsync(meeting);
        string Index(string name) => lines.Keys.ToList().IndexOf(name).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var fields = lines.Values.SelectMany((l, i) => new[] { ($"Marks.Lines[{i}].Id", l.Id()), ($"Marks.Lines[{i}].Present", l.Str("name") == "Bo Berg" ? "false" : "true") }).ToList();
        fields.Add(($"Marks.Lines[{Index("Cecilia Dahl")}].ServingForId", lines["Bo Berg"].Id()));
        using var marked = await _admin.PostFormAsync(path, $"{path}?handler=Marks", [.. fields]);
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);

        var after = await LinesAsync(meeting);
        Assert.False(after["Bo Berg"].GetProperty("present").GetBoolean());
        Assert.Equal("Bo Berg", after["Cecilia Dahl"].Str("servingFor"));
    }

    [Fact]
    public async Task Chair_secretary_and_adjusters_are_chosen_only_among_those_present()
    {
        var meeting = await MeetingAsync();
        var lines = await AttendanceTakenAsync(meeting);

        var absent = await _admin.SendAsync(HttpMethod.Put, $"/api/meetings/{meeting}/minutes", new { chairId = lines["Bo Berg"].Id(), secretaryId = lines["Dan Ström"].Id(), keptAt = "Kansliet" });
        Refused(absent.Status, absent.Body, "chair", "Bo Berg är inte närvarande");
        var typed = await _admin.SendAsync(HttpMethod.Put, $"/api/meetings/{meeting}/minutes", new { chair = "Någon Annan", keptAt = "Kansliet" });
        Refused(typed.Status, typed.Body, "chair", "Någon Annan är inte närvarande");
        var saved = await _admin.SendAsync(HttpMethod.Put, $"/api/meetings/{meeting}/minutes", new { chairId = lines["Jonas Väst"].Id(), secretaryId = lines["Dan Ström"].Id(), keptAt = "Kansliet" });
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.Equal(("Jonas Väst", "Dan Ström"), (saved.Body.Str("chair"), saved.Body.Str("secretary"))); // the names the minutes print

        var absentAdjuster = await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/minutes/adjusters", new { attendanceId = lines["Bo Berg"].Id() });
        Refused(absentAdjuster.Status, absentAdjuster.Body, "attendanceId", "Bo Berg är inte närvarande");

        // Present without an address in the register: not until one is entered, and the page says so beside the field.
        await _admin.SendAsync(HttpMethod.Put, $"/api/meetings/{meeting}/minutes/attendance", new { lines = new[] { new { id = lines["Bo Berg"].Id(), present = true } } });
        var noEmail = await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/minutes/adjusters", new { attendanceId = lines["Bo Berg"].Id(), email = "bo@example.org" });
        Refused(noEmail.Status, noEmail.Body, "attendanceId", "Bo Berg har ingen e-postadress i personregistret");
        Assert.Contains("Kan inte väljas förrän e-postadressen finns i personregistret (under <a href=\"/organ\">Organ och personer</a>): Bo Berg.", WebUtility.HtmlDecode(await _admin.GetStringAsync($"/moten/{meeting}")), StringComparison.Ordinal);

        var chosen = await _admin.PostOkAsync($"/api/meetings/{meeting}/minutes/adjusters", new { attendanceId = lines["Anna Ek"].Id() });
        Assert.Equal(("Anna Ek", AnnaEmail, _contacts["Anna Ek"]), (chosen.Str("name"), chosen.Str("email"), chosen.Str("contactId")));
        var again = await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/minutes/adjusters", new { attendanceId = lines["Anna Ek"].Id() });
        Refused(again.Status, again.Body, "attendanceId", "redan justerare");

        // The page: a person not present is no choice, and an absent one's choice comes back beside the field.
        var page = WebUtility.HtmlDecode(await _admin.GetStringAsync($"/moten/{meeting}"));
        Assert.Contains($"<option value=\"{lines["Jonas Väst"].Id()}\">Jonas Väst", page, StringComparison.Ordinal);
        await _admin.SendAsync(HttpMethod.Put, $"/api/meetings/{meeting}/minutes/attendance", new { lines = new[] { new { id = lines["Bo Berg"].Id(), present = false } } });
        var (status, text) = await _admin.PostPageAsync($"/moten/{meeting}", $"/moten/{meeting}?handler=Minutes", ("Minutes.ChairId", lines["Bo Berg"].Id()), ("Minutes.KeptAt", "Kansliet"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Bo Berg är inte närvarande.", text, StringComparison.Ordinal);
        Assert.Contains(await _platform.AuditAsync(_tenant), e => e.Event == AuditEvents.MinutesChanged && e.Detail == "Justerare: Anna Ek utsedd");
    }

    [Fact]
    public async Task An_adjuster_without_an_account_is_invited_straight_to_the_minutes_and_approves()
    {
        var meeting = await ReadyAsync();
        Assert.Contains("har inget konto än: får en inbjudan när protokollet skickas för justering", WebUtility.HtmlDecode(await _admin.GetStringAsync($"/moten/{meeting}")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/minutes/send-for-adjustment")).Status);

        var outbox = await _platform.OutboxAsync(_tenant);
        var toJonas = outbox.Single(m => m.To.Contains(JonasEmail, StringComparison.Ordinal));
        Assert.Contains("Logga in, läs protokollet", toJonas.TextBody, StringComparison.Ordinal);
        var firstToAnna = outbox.Single(m => m.To.Contains(AnnaEmail, StringComparison.Ordinal));

        // The email lost: the kansli sends it again, with a new invitation; only the newest link works.
        var annaId = (await FileAsync(meeting)).GetProperty("adjusters").EnumerateArray().Single(a => a.Str("email") == AnnaEmail).Id();
        _platform.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.OK, (await _admin.SendAsync(HttpMethod.Post, $"/api/adjusters/{annaId}/remind")).Status);
        var toAnna = (await _platform.OutboxAsync(_tenant)).Where(m => m.To.Contains(AnnaEmail, StringComparison.Ordinal)).OrderBy(m => m.CreatedAt).Last();
        Assert.NotEqual(firstToAnna.Id, toAnna.Id);
        var oldLink = Link().Matches(firstToAnna.TextBody).Select(m => new Uri(m.Value)).Single(u => u.AbsolutePath == "/konto/inbjudan");
        Assert.Equal(HttpStatusCode.NotFound, (await _platform.ClientFor(PlatformFactory.HostOf(_tenant)).GetAsync(oldLink.PathAndQuery)).StatusCode);
        Assert.True(toAnna.CarriesSecret);
        Assert.Contains("Skapa ditt konto och justera", toAnna.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Logga in", toAnna.TextBody, StringComparison.Ordinal);
        var link = new Uri(Link().Matches(toAnna.TextBody).Select(m => m.Value).Single(v => v.Contains("/konto/inbjudan", StringComparison.Ordinal)));
        Assert.Contains($"till=%2Fmoten%2F{meeting}", link.Query, StringComparison.Ordinal);

        var page = WebUtility.HtmlDecode(await _admin.GetStringAsync($"/moten/{meeting}"));
        Assert.Contains($"{AnnaEmail}, har inte loggat in än: inbjudan skickad", page, StringComparison.Ordinal);
        Assert.Contains($"{JonasEmail}, har konto", page, StringComparison.Ordinal);

        // Anna sets a password and lands on the minutes, signed in, where she approves.
        var anna = _platform.ClientFor(PlatformFactory.HostOf(_tenant));
        Assert.Contains("kommer du direkt till protokollet", await anna.GetStringAsync(link.PathAndQuery), StringComparison.Ordinal);
        using var accepted = await anna.PostFormAsync(link.PathAndQuery, link.PathAndQuery,
            ("DisplayName", "Anna Ek"), ("Form.Password", "annas långa lösenfras"), ("Form.Confirm", "annas långa lösenfras"));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal($"/moten/{meeting}", accepted.Headers.Location!.OriginalString);
        var minutesPage = await anna.GetStringAsync($"/moten/{meeting}");
        Assert.Contains("Justera protokollet", minutesPage, StringComparison.Ordinal);
        using var approved = await anna.PostFormAsync($"/moten/{meeting}", $"/moten/{meeting}?handler=Approve");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var jonas = await _platform.ApiClientAsync(_tenant, JonasEmail);
        Assert.Equal(HttpStatusCode.OK, (await jonas.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/minutes/approve")).Status);
        Assert.Equal("Adjusted", (await FileAsync(meeting)).GetProperty("minutes").Str("status"));
        Assert.Contains($"{AnnaEmail}, har konto, loggade senast in", WebUtility.HtmlDecode(await _admin.GetStringAsync($"/moten/{meeting}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_adjuster_sends_the_minutes_back_with_a_comment_and_they_return_to_draft()
    {
        var meeting = await ReadyAsync();
        var jonas = await _platform.ApiClientAsync(_tenant, JonasEmail);
        var path = $"/api/meetings/{meeting}/minutes/send-back";

        Assert.Equal(HttpStatusCode.Conflict, (await jonas.SendAsync(HttpMethod.Post, path, new { comment = "För tidigt" })).Status); // still a draft
        var jonasId = (await FileAsync(meeting)).GetProperty("adjusters")[0].Id();
        Assert.Equal(HttpStatusCode.Conflict, (await _admin.SendAsync(HttpMethod.Post, $"/api/adjusters/{jonasId}/remind")).Status); // nothing to remind of
        Assert.Equal(HttpStatusCode.OK, (await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/minutes/send-for-adjustment")).Status);
        Assert.Equal(HttpStatusCode.OK, (await jonas.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/minutes/approve")).Status);

        // Only the minutes' adjusters: not another board member, not the kansli.
        var other = await _platform.ApiClientAsync(_tenant, "ledamot@sundsvall.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.SendAsync(HttpMethod.Post, path, new { comment = "Fel" })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await _admin.SendAsync(HttpMethod.Post, path, new { comment = "Fel" })).Status);
        var empty = await jonas.SendAsync(HttpMethod.Post, path, new { comment = "  " });
        Refused(empty.Status, empty.Body, "comment", "Ange vad som behöver ändras");

        const string Comment = "I § 1 står fel datum för nästa sammanträde: det ska vara den 15 december och inte den 12 december.";
        var (sent, minutes) = await jonas.SendAsync(HttpMethod.Post, path, new { comment = Comment });
        Assert.Equal(HttpStatusCode.OK, sent);
        Assert.Equal(("Draft", "Jonas Väst", Comment), (minutes.Str("status"), minutes.Str("sentBackBy"), minutes.Str("sentBackComment")));
        Assert.All((await FileAsync(meeting)).GetProperty("adjusters").EnumerateArray(), a => Assert.Equal(JsonValueKind.Null, a.GetProperty("approvedAt").ValueKind));
        Assert.Equal(HttpStatusCode.Conflict, (await jonas.SendAsync(HttpMethod.Post, path, new { comment = Comment })).Status); // a draft again

        var email = (await _platform.OutboxAsync(_tenant)).Single(m => m.Subject.StartsWith("Protokollet skickades tillbaka", StringComparison.Ordinal));
        Assert.Contains(AdminEmail, email.To, StringComparison.Ordinal);
        Assert.Contains(Comment, email.TextBody, StringComparison.Ordinal);
        var page = WebUtility.HtmlDecode(await _admin.GetStringAsync($"/moten/{meeting}"));
        Assert.Contains("Jonas Väst skickade tillbaka protokollet 2026-11-23", page, StringComparison.Ordinal);
        Assert.Contains(Comment, page, StringComparison.Ordinal);
        Assert.Contains(await _platform.AuditAsync(_tenant), e => e.Event == AuditEvents.MinutesChanged && e.Actor == JonasEmail
            && e.Detail == "Skickat tillbaka av Jonas Väst: I § 1 står fel datum för nästa sammanträde: det ska vara …");

        // The page: sent again, the adjuster sends it back from the minutes; the comment is required there too.
        Assert.Equal(HttpStatusCode.OK, (await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/minutes/send-for-adjustment")).Status);
        var jonasPages = await _platform.SignInAsync(PlatformFactory.HostOf(_tenant), JonasEmail);
        var (refused, refusedText) = await jonasPages.PostPageAsync($"/moten/{meeting}", $"/moten/{meeting}?handler=SendBack", ("SendBack.Comment", ""));
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Contains("Ange vad som behöver ändras.", refusedText, StringComparison.Ordinal);
        var (back, _) = await jonasPages.PostPageAsync($"/moten/{meeting}", $"/moten/{meeting}?handler=SendBack", ("SendBack.Comment", "Nu saknas § 2."));
        Assert.Equal(HttpStatusCode.Redirect, back);
        Assert.Equal("Nu saknas § 2.", (await FileAsync(meeting)).GetProperty("minutes").Str("sentBackComment"));
    }

    [Fact]
    public async Task Another_associations_meeting_lines_and_people_are_not_found()
    {
        var other = await _platform.ProvisionAsync("roslagen", "Samordningsförbundet Roslagen");
        await _platform.AddPersonAsync(other, Roles.Admin, "kansli@roslagen.test");
        var otherAdmin = await _platform.ApiClientAsync(other, "kansli@roslagen.test");
        var otherBody = (await otherAdmin.PostOkAsync("/api/bodies", new { kind = "Board", name = "Styrelsen" })).Id();
        var otherContact = (await otherAdmin.PostOkAsync("/api/contacts", new { name = "Rut Roslagen", email = "rut@roslagen.test" })).Id();
        await otherAdmin.PostOkAsync($"/api/bodies/{otherBody}/seats", new { contactId = otherContact, kind = "Member", from = "2023-01-01" });
        var otherMeeting = (await otherAdmin.MeetingAsync("2026-11-17", bodyId: otherBody)).MeetingId;
        await otherAdmin.PostOkAsync($"/api/meetings/{otherMeeting}/minutes/attendance/from-seats", new { });
        var otherLine = (await otherAdmin.GetFromJsonAsync<JsonElement>($"/api/meetings/{otherMeeting}")).GetProperty("attendance")[0].Id();

        Assert.Equal(HttpStatusCode.NotFound, (await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{otherMeeting}/minutes/attendance/from-seats")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.SendAsync(HttpMethod.Put, $"/api/meetings/{otherMeeting}/minutes/attendance", new { lines = Array.Empty<object>() })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{otherMeeting}/minutes/send-back", new { comment = "Fel" })).Status);
        using var page = await _admin.PostFormAsync("/moten", $"/moten/{otherMeeting}?handler=FromSeats");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);

        // In this association's minutes, the other's line, person or seat is no choice.
        var meeting = await MeetingAsync();
        await AttendanceTakenAsync(meeting);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.SendAsync(HttpMethod.Put, $"/api/meetings/{meeting}/minutes/attendance", new { lines = new[] { new { id = otherLine, present = true } } })).Status);
        var contact = await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/minutes/attendance", new { contactId = otherContact });
        Refused(contact.Status, contact.Body, "contactId", "finns inte i förbundets personregister");
        var chair = await _admin.SendAsync(HttpMethod.Put, $"/api/meetings/{meeting}/minutes", new { chairId = otherLine, keptAt = "Kansliet" });
        Refused(chair.Status, chair.Body, "chair", "Välj ordförande i listan");
        var adjuster = await _admin.SendAsync(HttpMethod.Post, $"/api/meetings/{meeting}/minutes/adjusters", new { attendanceId = otherLine });
        Refused(adjuster.Status, adjuster.Body, "attendanceId", "Välj justeraren i listan");
        Assert.DoesNotContain("Rut Roslagen", await _admin.GetStringAsync($"/moten/{meeting}"), StringComparison.Ordinal);
    }
}
