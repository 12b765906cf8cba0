using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Interventions.Participants;
using Platform.Infrastructure.Identity;
using Platform.Persistence;
using Platform.Tests.Features.Board;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Interventions.Participants;

/// <summary>
/// Participant records: only the intervention's deltagaransvarig reaches them (everyone else gets
/// 404), every bad input is refused beside its field with nothing written, and every read and change
/// is in the audit log with the intervention and the code only.
/// </summary>
public sealed class ParticipantRecordTests(ParticipantsFixture f) : IClassFixture<ParticipantsFixture>
{
    private object Record(string code, string start = "2025-02-01", string? end = null, string? reason = null, int birthYear = 1990,
        Guid? municipality = null, Guid? referrer = null, string gender = "Woman") => new
        {
            code,
            gender,
            birthYear,
            municipalityId = municipality ?? f.Norrtalje,
            referringMemberId = referrer ?? f.Region,
            start,
            end,
            endReason = reason,
            supportAtStart = "SocialAssistance",
            supportAtEnd = end is null ? null : "Salary",
            consent = true,
        };

    private Task<HttpClient> StaffAsync(string email = ParticipantsFixture.MiaStaff) => f.ClientOfAsync(email);

    private string Participants(Guid? intervention = null) => $"/api/interventions/{intervention ?? f.Mia}/participants";

    [Theory]
    [InlineData("800101-1234")]
    [InlineData("8001011234")]
    [InlineData("800101+1234")]
    [InlineData("19800101-1234")]
    [InlineData("198001011234")]
    [InlineData("800101 1234")]
    [InlineData("19800101 1234")]
    [InlineData("1980 01 01-1234")]
    [InlineData("A-8001011234")]
    [InlineData("MIA-800101-1234")]
    [InlineData("800161-1234")] // a samordningsnummer: the day plus 60
    [InlineData("X198001611234")]
    public async Task A_code_that_looks_like_an_identity_number_is_refused_in_every_form_and_nothing_is_written(string code)
    {
        var client = await StaffAsync();
        var (status, body) = await client.SendAsync(HttpMethod.Post, Participants(), Record(code));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("personnummer", body.GetProperty("errors").GetProperty("code")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await f.EpisodesAsync(f.Roslagen, code.Trim()));
    }

    [Theory]
    [InlineData("Anna")]
    [InlineData("Anna Svensson")]
    [InlineData("A")]
    [InlineData("MIA-0012-ABCDEFGHIJKLMN")]
    [InlineData("MIA 12")]
    public async Task A_name_or_a_code_of_the_wrong_shape_is_refused(string code)
    {
        var client = await StaffAsync();
        var (status, body) = await client.SendAsync(HttpMethod.Post, Participants(), Record(code));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(ParticipantCode.AskForCode, body.GetProperty("errors").GetProperty("code")[0].GetString());
        Assert.Equal(0, await f.EpisodesAsync(f.Roslagen, code));
    }

    [Fact]
    public void Ordinary_local_codes_are_accepted()
    {
        Assert.Null(ParticipantCode.Problem("MIA-0012"));
        Assert.Null(ParticipantCode.Problem("2020_17"));
        Assert.Null(ParticipantCode.Problem("MIA-2020-0012"));
        Assert.True(ParticipantCode.LooksLikeIdentity("a800101-1234b"));
        Assert.False(ParticipantCode.LooksLikeIdentity("MIA-2020-0012"));
    }

    public static TheoryData<string, string, string?> BadFields => new()
    {
        { "end-before-start", "end", null },
        { "too-young", "birthYear", "Deltagaren måste vara mellan 15 och 67 år när insatsen börjar." },
        { "too-old", "birthYear", "Deltagaren måste vara mellan 15 och 67 år när insatsen börjar." },
        { "not-a-member", "municipalityId", null },
        { "region-as-municipality", "municipalityId", null },
        { "referrer-not-a-member", "referringMemberId", null },
        { "reason-not-on-list", "endReason", "Välj en avslutsorsak ur listan." },
        { "end-without-reason", "endReason", "Välj en avslutsorsak ur listan." },
        { "no-gender", "gender", null },
        { "no-start", "start", null },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Bad_input_gets_a_Swedish_error_beside_its_field_and_nothing_is_written(string bad, string field, string? message)
    {
        var code = "BAD-" + bad.Length + bad[..3];
        object body = bad switch
        {
            "end-before-start" => Record(code, start: "2025-02-01", end: "2025-01-31", reason: "work"),
            "too-young" => Record(code, start: "2025-02-01", birthYear: 2011),
            "too-old" => Record(code, start: "2025-02-01", birthYear: 1957),
            "not-a-member" => Record(code, municipality: Guid.NewGuid()),
            "region-as-municipality" => Record(code, municipality: f.Region),
            "referrer-not-a-member" => Record(code, referrer: Guid.NewGuid()),
            "reason-not-on-list" => Record(code, end: "2025-06-01", reason: "holiday"),
            "end-without-reason" => Record(code, end: "2025-06-01"),
            "no-gender" => Record(code, gender: "Other"),
            _ => Record(code, start: ""),
        };
        var client = await StaffAsync();
        var (status, answer) = await client.SendAsync(HttpMethod.Post, Participants(), body);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = answer.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"{bad}: {errors}");
        if (message is not null) Assert.Equal(message, messages[0].GetString());
        Assert.Equal(0, await f.EpisodesAsync(f.Roslagen, code));
    }

    [Fact]
    public async Task The_ages_15_and_67_in_the_start_year_are_accepted_and_all_errors_come_at_once()
    {
        var client = await StaffAsync();
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(HttpMethod.Post, Participants(), Record("AGE-15", start: "2025-03-01", birthYear: 2010))).Status);
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(HttpMethod.Post, Participants(), Record("AGE-67", start: "2025-03-01", birthYear: 1958))).Status);
        var (status, body) = await client.SendAsync(HttpMethod.Post, Participants(), new { code = "Kalle", gender = "X", birthYear = 2020, start = "2025-02-01", end = "2024-01-01", consent = (bool?)null });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var fields = body.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "code", "gender", "birthYear", "municipalityId", "referringMemberId", "end", "endReason", "supportAtStart", "consent" }, fields);
    }

    [Fact]
    public async Task The_same_code_may_have_several_episodes_but_not_overlapping_ones()
    {
        var client = await StaffAsync();
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(HttpMethod.Post, Participants(), Record("TWICE-1", start: "2024-01-10", end: "2024-06-30", reason: "studies"))).Status);
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(HttpMethod.Post, Participants(), Record("TWICE-1", start: "2025-01-10"))).Status);
        var (status, body) = await client.SendAsync(HttpMethod.Post, Participants(), Record("TWICE-1", start: "2024-06-01", end: "2024-12-31", reason: "work"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.GetProperty("errors").TryGetProperty("start", out _));
        Assert.Equal(2, await f.EpisodesAsync(f.Roslagen, "TWICE-1"));
    }

    [Fact]
    public async Task Hours_over_what_the_month_holds_and_months_outside_the_episode_are_refused()
    {
        var client = await StaffAsync();
        var created = await client.PostOkAsync(Participants(), Record("HOURS-1", start: "2025-02-10", end: "2025-04-20", reason: "work"));
        var path = $"{Participants()}/{created.GetProperty("id").GetString()}/months";
        var (status, body) = await client.SendAsync(HttpMethod.Put, path, new { month = "2025-02", hours = 673 });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("En månad har högst 672 timmar.", body.GetProperty("errors").GetProperty("hours")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(HttpMethod.Put, path, new { month = "2025-05", hours = 10 })).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(HttpMethod.Put, path, new { month = "2025-03", hours = -1 })).Status);
        var (ok, saved) = await client.SendAsync(HttpMethod.Put, path, new { month = "2025-02", hours = 672 });
        Assert.Equal(HttpStatusCode.OK, ok);
        Assert.Equal(672m, saved.GetProperty("months")[0].GetProperty("hours").GetDecimal());

        var moves = $"{Participants()}/{created.GetProperty("id").GetString()}/moves";
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(HttpMethod.Post, moves, new { on = "2025-03-01", municipalityId = f.Region })).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(HttpMethod.Post, moves, new { on = "2025-05-01", municipalityId = f.Taby })).Status);
        var (moved, withMove) = await client.SendAsync(HttpMethod.Post, moves, new { on = "2025-03-01", municipalityId = f.Taby });
        Assert.Equal(HttpStatusCode.OK, moved);
        Assert.Equal("Täby kommun", withMove.GetProperty("moves")[0].GetProperty("municipality").GetString());
    }

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Board)]
    [InlineData(Roles.Auditor)]
    public async Task Admins_board_members_and_auditors_get_404_on_records_but_read_the_counts(string role)
    {
        var staff = await StaffAsync();
        var created = await staff.PostOkAsync(Participants(), Record("SEEN1-" + role, start: "2025-01-15"));
        var episode = created.GetProperty("id").GetString();

        var person = await f.Platform.AddPersonAsync(f.Roslagen, role, $"{role}-records@roslagen.test");
        var client = await f.ClientOfAsync(person.Email!);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Participants())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Participants()}/{episode}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(HttpMethod.Post, Participants(), Record("SNEAK-1"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(HttpMethod.Delete, $"{Participants()}/{episode}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/insatser/{f.Mia}/deltagare")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/insatser/{f.Mia}/deltagare/{episode}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/interventions/{f.Mia}/counts")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/insatser/{f.Mia}/antal")).StatusCode);
        Assert.Equal(1, await f.EpisodesAsync(f.Roslagen, "SEEN1-" + role));
    }

    [Fact]
    public async Task An_integration_token_never_reads_records()
    {
        var staff = await StaffAsync();
        var created = await staff.PostOkAsync(Participants(), Record("TOKEN-1", start: "2025-01-15"));
        var token = await f.Platform.TokenAsync(PlatformFactory.HostOf(f.Roslagen), "roslagen-integration", "roslagen-secret");
        var client = f.Platform.BearerClient(PlatformFactory.HostOf(f.Roslagen), token);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Participants())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Participants()}/{created.GetProperty("id").GetString()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync(Participants(), Record("TOKEN-2"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/interventions/{f.Mia}/counts")).StatusCode);
    }

    [Fact]
    public async Task The_deltagaransvarig_of_one_intervention_gets_404_on_another_interventions_records()
    {
        var mia = await StaffAsync();
        var created = await mia.PostOkAsync(Participants(), Record("MINE-1", start: "2025-01-15"));
        var house = await StaffAsync(ParticipantsFixture.HouseStaff);
        Assert.Equal(HttpStatusCode.OK, (await house.GetAsync(Participants(f.Aktivitetshuset))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await house.GetAsync(Participants())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await house.GetAsync($"{Participants()}/{created.GetProperty("id").GetString()}")).StatusCode);
        // The record asked for under the intervention the staff does keep: still not found.
        Assert.Equal(HttpStatusCode.NotFound, (await house.GetAsync($"{Participants(f.Aktivitetshuset)}/{created.GetProperty("id").GetString()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await house.GetAsync($"/insatser/{f.Mia}/deltagare")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await house.GetAsync($"/api/interventions/{f.Mia}/counts")).StatusCode);
        // Another association's intervention, by its id, on this association's host.
        Assert.Equal(HttpStatusCode.NotFound, (await mia.GetAsync(Participants(f.Balder))).StatusCode);
    }

    [Fact]
    public async Task Reads_and_changes_are_in_the_audit_log_with_the_intervention_and_the_code_only()
    {
        var client = await StaffAsync();
        var created = await client.PostOkAsync(Participants(), Record("LOG-77", start: "2025-01-15", birthYear: 1987));
        var id = created.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{Participants()}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Participants())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/insatser/{f.Mia}/deltagare/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Put, $"{Participants()}/{id}", Record("LOG-77", start: "2025-01-15", end: "2025-05-31", reason: "work", birthYear: 1987))).Status);

        var log = (await f.Platform.AuditAsync(f.Roslagen)).Where(e => e.Subject == "MIA" && e.Detail!.Contains("LOG-77", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, log.Count(e => e.Event == AuditEvents.ParticipantRecordRead));
        Assert.Equal(2, log.Count(e => e.Event == AuditEvents.ParticipantRecordChanged));
        Assert.All(log, e => Assert.Equal(ParticipantsFixture.MiaStaff, e.Actor));
        Assert.All(log, e => Assert.DoesNotContain("1987", e.Detail, StringComparison.Ordinal));
        Assert.Contains(await f.Platform.AuditAsync(f.Roslagen), e => e.Event == AuditEvents.ParticipantRecordRead && e.Subject == "MIA" && e.Detail!.StartsWith("Listan", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_pages_let_the_deltagaransvarig_add_a_record_and_refuse_an_identity_number_keeping_what_was_typed()
    {
        var client = await f.Platform.SignInAsync(PlatformFactory.HostOf(f.Roslagen), ParticipantsFixture.MiaStaff);
        var home = await client.GetStringAsync("/");
        Assert.Contains($"/insatser/{f.Mia}/deltagare", home, StringComparison.Ordinal);
        Assert.DoesNotContain($"/insatser/{f.Aktivitetshuset}/deltagare", home, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/moten\"", home, StringComparison.Ordinal);

        var page = $"/insatser/{f.Mia}/deltagare";
        (string, string)[] Fields(string code) =>
        [
            ("Form.Code", code), ("Form.Gender", "Man"), ("Form.BirthYear", "1991"), ("Form.MunicipalityId", f.Taby.ToString()),
            ("Form.ReferringMemberId", f.Region.ToString()), ("Form.Start", "2025-09-01"), ("Form.SupportAtStart", "UnemploymentInsurance"), ("Form.Consent", "ja"),
        ];
        var refused = await client.PostFormAsync(page, page, Fields("910101-1234"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("liknar ett personnummer", html, StringComparison.Ordinal);
        Assert.Equal(0, await f.EpisodesAsync(f.Roslagen, "910101-1234"));

        var added = await client.PostFormAsync(page, page, Fields("PAGE-1"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var list = await client.GetStringAsync(page);
        Assert.Contains("PAGE-1", list, StringComparison.Ordinal);
        Assert.Contains("gallras inte förrän insatsen avslutats", list, StringComparison.Ordinal);
        var record = await client.GetAsync(added.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, record.StatusCode);
    }
}
