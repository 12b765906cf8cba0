using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Grants.Model;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Tests.Features.Board;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Grants.Office;

/// <summary>
/// The office's path for Sundsvall's application on the fake clock (Monday 2026-11-23): submitted, taken up,
/// sent back for a supplement (the link in the outbox), revised, recommended, placed on the board's meeting of
/// 2026-12-08 with its PDF as the paper and the chair (who sits for the applying municipality) recused; the
/// minutes drafted from the agenda say "Jonas Väst deltog inte i beslutet" and Christina Nordenö adjusts that
/// paragraph alone; the decision grants per year, plans half and rest, creates the intervention (linked both
/// ways), the agreement is a PDF and its signing is recorded.
/// </summary>
public sealed class OfficePathTests : IAsyncLifetime, IDisposable
{
    private readonly PlatformFactory _platform = new();
    private TenantInfo _tenant = null!;
    private HttpClient _admin = null!;
    private const string AdminEmail = "kansli@sundsvall.test";

    public async Task InitializeAsync()
    {
        _tenant = await _platform.ProvisionAsync("sundsvall", "Samordningsförbundet i Sundsvall");
        await _platform.AddPersonAsync(_tenant, Roles.Admin, AdminEmail);
        _admin = await _platform.ApiClientAsync(_tenant, AdminEmail);
        await _platform.MembersAsync(_tenant);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _platform.Dispose();

    private async Task<(string Board, string Meeting)> BoardAsync()
    {
        var board = (await _admin.PostOkAsync("/api/bodies", new { kind = "Board", name = "Styrelsen" })).Id();
        var group = (await _admin.PostOkAsync("/api/bodies", new { kind = "PreparatoryGroup", name = "Beredningsgruppen" })).Id();
        async Task SeatAsync(string body, string name, string email, Guid member, string position = "None")
        {
            var contact = (await _admin.PostOkAsync("/api/contacts", new { name, email })).Id();
            await _admin.PostOkAsync($"/api/bodies/{body}/seats", new { contactId = contact, kind = "Member", position, memberId = member.ToString(), from = "2026-01-01" });
        }
        await SeatAsync(board, "Jonas Väst", "jonas@sundsvall.test", OfficeKit.Municipality, "Chair");
        await SeatAsync(board, "Christina Nordenö", "christina@fk.test", OfficeKit.Insurance, "ViceChair");
        await SeatAsync(board, "Peter Pettersson", "peter@af.test", OfficeKit.EmploymentService);
        await SeatAsync(group, "Berit Beredare", "berit@sundsvall.test", OfficeKit.Municipality);
        var meeting = (await _admin.PostOkAsync("/api/meetings", new { bodyId = board, kind = "Extra", date = "2026-12-08", startTime = "13:00", endTime = "15:00", place = "Digitalt via Teams" })).Id();
        return (board, meeting);
    }

    private Task<HttpResponseMessage> PostAsync(Guid id, string handler, params (string, string)[] fields) =>
        _admin.PostFormAsync($"/ansokningar/{id}", $"/ansokningar/{id}?handler={handler}", fields);

    [Fact]
    public async Task An_application_goes_from_submitted_to_a_signed_agreement_with_the_chair_recused_in_the_minutes()
    {
        var (_, meeting) = await BoardAsync();
        var id = await _platform.ApplicationAsync(_tenant);

        // The list shows it; the office menu leads there.
        var list = await _admin.GetStringAsync("/ansokningar");
        Assert.Contains("Arbetskonsulent med uppdrag från andra än ekonomiskt bistånd", list, StringComparison.Ordinal);
        Assert.Contains("973", list, StringComparison.Ordinal);
        Assert.Contains("Inskickad", list, StringComparison.Ordinal);
        Assert.Contains("href=\"/ansokningar\"", list, StringComparison.Ordinal);

        using (var taken = await PostAsync(id, "TakeUp"))
            Assert.Equal($"/ansokningar/{id}?klart=beredning#handlaggning-klart", taken.Headers.Location!.OriginalString);
        Assert.Equal(ApplicationState.InPreparation, (await _platform.ApplicationOfAsync(_tenant, id)).State);

        // Begär komplettering: a message, a new link by email, the state.
        using (var empty = await PostAsync(id, "Supplement", ("Supplement.Message", " ")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
            Assert.Contains("komplettera", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using (var asked = await PostAsync(id, "Supplement", ("Supplement.Message", "Beskriv hur Region Västernorrland aktualiserar deltagare.")))
            Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var application = await _platform.ApplicationOfAsync(_tenant, id);
        Assert.Equal(ApplicationState.SupplementRequested, application.State);
        Assert.NotNull(application.AccessKeyHash);
        var mail = Assert.Single(await _platform.OutboxAsync(_tenant), m => m.To.Contains("kontakt@sundsvall.test", StringComparison.Ordinal));
        Assert.Contains("Beskriv hur Region Västernorrland aktualiserar deltagare.", mail.TextBody, StringComparison.Ordinal);
        var key = System.Text.RegularExpressions.Regex.Match(mail.TextBody, @"/ansok/([A-Za-z0-9_-]{43})").Groups[1].Value;
        Assert.Equal(application.AccessKeyHash, SecretTokens.Hash(key));

        // The applicant sends the revised application (the form's part, done here as it would leave it).
        await _platform.InTenantAsync(_tenant, async services =>
        {
            var db = services.GetRequiredService<Platform.Persistence.TenantDb>();
            var a = await db.FundingApplications.SingleAsync(x => x.Id == id);
            a.State = ApplicationState.Submitted;
            a.AccessKeyHash = null;
            var first = await db.ApplicationVersions.SingleAsync(v => v.ApplicationId == id);
            db.ApplicationVersions.Add(new ApplicationVersion { Id = Guid.NewGuid(), ApplicationId = id, Number = 2, SubmittedAt = PlatformFactory.Start.UtcDateTime, Content = "{}", PdfStorageKey = first.PdfStorageKey });
            await db.SaveChangesAsync();
        });

        var recommended = await _admin.PostOkAsync($"/api/grants/{id}/recommendations", new { kind = "Grant", comment = "Beredningsgruppen föreslår bifall." });
        Assert.Equal("Grant", recommended.Str("kind"));

        // Till styrelsen: the agenda item with its paper and the recusal found from the seats.
        using (var placed = await PostAsync(id, "ToBoard", ("ToBoard.MeetingId", meeting)))
            Assert.Equal($"/ansokningar/{id}?klart=styrelsen#styrelsen-klart", placed.Headers.Location!.OriginalString);
        Assert.Equal(ApplicationState.ToBoard, (await _platform.ApplicationOfAsync(_tenant, id)).State);
        var file = await _admin.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}");
        var item = file.GetProperty("agenda").EnumerateArray().Single(i => i.Str("title").StartsWith("Reviderad ansökan om medel: Arbetskonsulent", StringComparison.Ordinal));
        Assert.Equal(["Jonas Väst"], item.GetProperty("recusals").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("Att bevilja medel enligt ansökan.", item.Str("proposedDecision"));
        var paper = Assert.Single(file.GetProperty("papers").EnumerateArray(), p => p.Str("agendaItemId") == item.Id());
        Assert.Equal("Reviderad-ansokan-7-version-2.pdf", paper.Str("fileName"));
        var conflicts = await _platform.ReadAsync(_tenant, db => db.ConflictsOfInterest.AsNoTracking().Where(c => c.ApplicationId == id).Select(c => c.Name).ToListAsync());
        Assert.Equal(["Berit Beredare", "Jonas Väst"], conflicts.Order());

        // The minutes drafted from the agenda say by themselves who did not take part.
        await _admin.PostOkAsync($"/api/meetings/{meeting}/minutes/attendance/from-seats", new { });
        Assert.Equal(HttpStatusCode.OK, (await _admin.SendAsync(HttpMethod.Put, $"/api/meetings/{meeting}/minutes", new { chair = "Jonas Väst", keptAt = "Kommunhuset rum 612" })).Status);
        await _admin.PostOkAsync($"/api/meetings/{meeting}/minutes/paragraphs/from-agenda", new { });
        var minutes = await _admin.GetStringAsync($"/moten/{meeting}/protokoll");
        Assert.Contains("Jonas Väst deltog inte i beslutet", minutes, StringComparison.Ordinal);
        file = await _admin.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}");
        var paragraph = file.GetProperty("paragraphs").EnumerateArray().Single(p => p.Str("agendaItemId") == item.Id());
        var number = paragraph.GetProperty("number").GetInt32();

        // The chair is recused: Christina Nordenö adjusts that paragraph alone.
        var page = await _admin.GetStringAsync($"/ansokningar/{id}");
        Assert.Contains($"Ordföranden Jonas Väst deltar inte i beslutet, så någon annan justerar § {number}.", page, StringComparison.Ordinal);
        var christina = file.GetProperty("attendance").EnumerateArray().Single(a => a.Str("name") == "Christina Nordenö").Id();
        using (var adjuster = await PostAsync(id, "Adjuster", ("Adjuster.AttendanceId", christina)))
            Assert.Equal(HttpStatusCode.Redirect, adjuster.StatusCode);
        file = await _admin.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}");
        var scoped = Assert.Single(file.GetProperty("adjusters").EnumerateArray());
        Assert.Equal(("Christina Nordenö", $"§ {number}"), (scoped.Str("name"), scoped.Str("scope")));

        // A conflict removed reaches the draft paragraph too, and back again when found anew.
        var berit = await _platform.ReadAsync(_tenant, db => db.ConflictsOfInterest.AsNoTracking().SingleAsync(c => c.Name == "Berit Beredare"));
        using (var removed = await PostAsync(id, "RemoveConflict", ("conflictId", berit.Id.ToString())))
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _admin.SendAsync(HttpMethod.Delete, $"/api/grants/{id}/conflicts/{(await _platform.ReadAsync(_tenant, db => db.ConflictsOfInterest.AsNoTracking().SingleAsync(c => c.Name == "Jonas Väst"))).Id}")).Status);
        Assert.DoesNotContain("deltog inte i beslutet", await _admin.GetStringAsync($"/moten/{meeting}/protokoll"), StringComparison.Ordinal);
        using (var found = await PostAsync(id, "FindConflicts"))
            Assert.Equal(HttpStatusCode.Redirect, found.StatusCode);
        Assert.Contains("Jonas Väst deltog inte i beslutet", await _admin.GetStringAsync($"/moten/{meeting}/protokoll"), StringComparison.Ordinal);

        // The decision, on the page: amounts per year, the paragraph drafted from the item is the default.
        page = await _admin.GetStringAsync($"/ansokningar/{id}");
        Assert.Matches($"<option selected=\"selected\" value=\"{paragraph.Id()}\">", page);
        using (var decided = await PostAsync(id, "Decision",
            ("Decision.ParagraphId", paragraph.Id()), ("Decision.Outcome", "Grant"),
            ("Decision.Years[0].Year", "2026"), ("Decision.Years[0].Amount", "247 500"),
            ("Decision.Years[1].Year", "2027"), ("Decision.Years[1].Amount", "726000"),
            ("Decision.Conditions", "Under förutsättning att förbundet får bidrag från huvudmännen för 2027."),
            ("Decision.DecidedOn", "2026-12-08")))
            Assert.Equal($"/ansokningar/{id}?klart=beslut#beslut-klart", decided.Headers.Location!.OriginalString);

        var grant = await _admin.GetFromJsonAsync<JsonElement>($"/api/grants/{id}");
        Assert.Equal("Granted", grant.Str("state"));
        var decision = grant.GetProperty("decision");
        Assert.Equal(247_500, decision.GetProperty("granted").GetProperty("2026").GetInt64());
        Assert.Equal(726_000, decision.GetProperty("granted").GetProperty("2027").GetInt64());
        var payments = grant.GetProperty("payments").EnumerateArray().Select(p => (p.GetProperty("year").GetInt32(), p.GetProperty("amount").GetInt64(), p.Str("condition"), p.Str("notBefore"))).ToList();
        Assert.Equal([(2026, 123_750, "AgreementSigned", ""), (2026, 123_750, "ReportApproved", ""), (2027, 363_000, "AgreementSigned", "2027-01-01"), (2027, 363_000, "ReportApproved", "")], payments);
        var reports = grant.GetProperty("reports").EnumerateArray().Select(r => $"{r.Str("year")} {r.Str("kind")} {r.Str("periodStart")}–{r.Str("periodEnd")} {r.Str("dueOn")}").ToList();
        Assert.Equal(["2026 Annual 2026-09-01–2026-12-31 2027-02-14", "2027 HalfYear 2027-01-01–2027-06-30 2027-08-14", "2027 Annual 2027-01-01–2027-12-31 2028-02-14"], reports);

        // The intervention in the register, linked both ways.
        var intervention = decision.Str("interventionId");
        var register = await _admin.GetStringAsync($"/insatser/{intervention}");
        Assert.Contains($"<a href=\"/ansokningar/{id}\">Beviljad genom ansökan 7</a>", register, StringComparison.Ordinal);
        page = await _admin.GetStringAsync($"/ansokningar/{id}");
        Assert.Contains($"href=\"/insatser/{intervention}\"", page, StringComparison.Ordinal);
        var budget = await _platform.ReadAsync(_tenant, db => db.Set<Platform.Features.Interventions.Model.InterventionBudget>().AsNoTracking().Where(b => b.InterventionId == Guid.Parse(intervention)).OrderBy(b => b.Year).Select(b => b.CostBudget).ToListAsync());
        Assert.Equal([247_500L, 726_000L], budget);

        // The agreement as a PDF, then its signing.
        using (var pdf = await _admin.GetAsync($"/ansokningar/{id}/avtal.pdf"))
        {
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
            Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        }
        using (var signed = await PostAsync(id, "Sign", ("Signing.SignedOn", "2026-12-15"), ("Signing.SignedBy", "Förvaltningsdirektören")))
            Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        application = await _platform.ApplicationOfAsync(_tenant, id);
        Assert.Equal((new DateOnly(2026, 12, 15), "Förvaltningsdirektören"), (application.AgreementSignedOn!.Value, application.AgreementSignedBy!));

        // The history tells the story, and the audit log has the changes.
        var history = await _platform.ReadAsync(_tenant, db => db.ApplicationEvents.AsNoTracking().Where(e => e.ApplicationId == id).Select(e => e.Text).ToListAsync());
        Assert.Contains(history, h => h.StartsWith("Tagen upp till beredning", StringComparison.Ordinal));
        Assert.Contains(history, h => h.StartsWith("Avtalet undertecknat 2026-12-15", StringComparison.Ordinal));
        var audit = (await _platform.AuditAsync(_tenant)).Select(e => e.Event).ToList();
        Assert.Contains(AuditEvents.ApplicationChanged, audit);
        Assert.Contains(AuditEvents.GrantDecisionChanged, audit);
    }

    [Fact]
    public async Task A_reader_sees_the_application_but_may_not_change_it_and_another_association_s_is_not_found()
    {
        var id = await _platform.ApplicationAsync(_tenant);
        var board = await _platform.SignedInAsync(_tenant, Roles.Board);
        var page = await board.GetStringAsync($"/ansokningar/{id}");
        Assert.Contains("Arbetskonsulent", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Ta upp till beredning", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await board.GetAsync($"/api/grants/{id}")).StatusCode);
        using var refused = await board.PostFormAsync($"/ansokningar/{id}", $"/ansokningar/{id}?handler=TakeUp");
        Assert.Contains("/konto/ingen-behorighet", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await board.SendAsync(HttpMethod.Post, $"/api/grants/{id}/preparation")).Status);
        Assert.Equal(ApplicationState.Submitted, (await _platform.ApplicationOfAsync(_tenant, id)).State);

        var other = await _platform.ProvisionAsync("roslagen");
        await _platform.AddPersonAsync(other, Roles.Admin, "kansli@roslagen.test");
        var stranger = await _platform.ApiClientAsync(other, "kansli@roslagen.test");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/grants/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/ansokningar/{id}")).StatusCode);
    }
}
