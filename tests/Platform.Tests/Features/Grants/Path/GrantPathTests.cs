using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Platform.Features.Grants.Model;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Tests.Features.Board;
using Platform.Tests.Features.Grants.Office;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Grants.Path;

/// <summary>
/// The whole path of one application on the fake clock, each step as its user takes it: the applicant fills in
/// the public form and gets a receipt; the office takes it up and places it on the board's agenda, where the chair
/// (who sits for the applying municipality) is recused by the platform; the minutes drafted from the agenda say so;
/// the decision grants 726 000 kr for 2027 and plans half and rest; the agreement is signed; the first half is ready
/// only from 2027-01-01 and is paid; the recipient reports by the emailed link; the office reviews, the board's
/// approval makes the rest ready, it is paid; the contract reads the grant as paid in full.
/// </summary>
public sealed partial class GrantPathTests : IAsyncLifetime, IDisposable
{
    private readonly PlatformFactory _platform = new();
    private TenantInfo _tenant = null!;
    private const string AdminEmail = "kansli@sundsvall.test";
    private static readonly Guid Salaries = GrantModel.SeededCostTypes[0].Id, Premises = GrantModel.SeededCostTypes[1].Id, Material = GrantModel.SeededCostTypes[2].Id;

    public async Task InitializeAsync()
    {
        _tenant = await _platform.ProvisionAsync("sundsvall", "Samordningsförbundet i Sundsvall");
        await _platform.AddPersonAsync(_tenant, Roles.Admin, AdminEmail);
        await _platform.MembersAsync(_tenant);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _platform.Dispose();

    [GeneratedRegex("(/(?:ansok|redovisning)/[A-Za-z0-9_-]{43})")]
    private static partial Regex Link();

    private void Today(int year, int month, int day) => _platform.Clock.SetUtcNow(new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.Zero));

    private Task<List<GrantPayment>> PaymentsAsync(Guid id) =>
        _platform.ReadAsync(_tenant, db => db.GrantPayments.AsNoTracking().Where(p => p.ApplicationId == id).OrderBy(p => p.Year).ThenBy(p => p.Order).ToListAsync());

    private static async Task<List<string>> StatusesAsync(HttpClient admin, Guid id) =>
        [.. (await admin.GetFromJsonAsync<JsonElement>("/api/grants")).EnumerateArray().Single(g => g.Id() == id.ToString())
            .GetProperty("payments").EnumerateArray().Select(p => p.Str("status"))];

    [Fact]
    public async Task An_application_goes_from_the_public_form_to_the_last_payment()
    {
        var admin = await _platform.ApiClientAsync(_tenant, AdminEmail);
        var board = (await admin.PostOkAsync("/api/bodies", new { kind = "Board", name = "Styrelsen" })).Id();
        foreach (var (name, member, position) in new[] { ("Jonas Väst", OfficeKit.Municipality, "Chair"), ("Christina Nordenö", OfficeKit.Insurance, "ViceChair"), ("Peter Pettersson", OfficeKit.EmploymentService, "None") })
        {
            var contact = (await admin.PostOkAsync("/api/contacts", new { name, email = $"{name.Split(' ')[0].ToLowerInvariant()}@sundsvall.test" })).Id();
            await admin.PostOkAsync($"/api/bodies/{board}/seats", new { contactId = contact, kind = "Member", position, memberId = member.ToString(), from = "2026-01-01" });
        }
        var meeting = (await admin.PostOkAsync("/api/meetings", new { bodyId = board, kind = "Extra", date = "2026-12-08", startTime = "13:00", endTime = "15:00", place = "Kommunhuset rum 612" })).Id();

        // The applicant: the public form, no account, submitted in one go; the receipt carries the application as a PDF.
        var applicant = _platform.ClientFor(PlatformFactory.HostOf(_tenant));
        Assert.Contains("minst två av förbundets medlemmar", WebUtility.HtmlDecode(await applicant.GetStringAsync("/ansok")), StringComparison.Ordinal);
        var fields = new List<(string, string)>
        {
            ("Form.ApplicantMemberId", OfficeKit.Municipality.ToString()), ("Form.ApplicantOrganisation", "Individ- och arbetsmarknadsförvaltningen"),
            ("Form.ApplicantUnit", "IAF Arbete och försörjning"), ("Form.ApplicantSignatory", "Förvaltningsdirektören"), ("Form.ApplicantOrganisationNumber", "212000-2411"),
            ("Form.ApplicantStreet", "Norrmalmsgatan 4"), ("Form.ApplicantPostalCode", "851 85"), ("Form.ApplicantCity", "Sundsvall"),
            ("Form.ContactName", "Kontaktpersonen"), ("Form.ContactPhone", "060-19 22 79"), ("Form.ContactEmail", "kontakt@sundsvall.example"),
            ("Form.PaymentAccountKind", "Bankgiro"), ("Form.PaymentAccount", "5050-1055"),
            ("Form.Parties[0].MemberId", OfficeKit.Insurance.ToString()), ("Form.Parties[0].Unit", "SFT"), ("Form.Parties[0].Signatory", "Enhetschefen"),
            ("Form.Parties[0].ContactName", "Handläggaren"), ("Form.Parties[0].ContactEmail", "handlaggare@fk.example"),
            ("Form.Title", "Arbetskonsulent 2027"), ("Form.PeriodStart", "2027-01-01"), ("Form.PeriodEnd", "2027-12-31"),
            ("Form.Summary", "En arbetskonsulent till för deltagare som inte uppbär ekonomiskt bistånd."),
            ("Form.Goals[0].Text", "Deltagarna får sin arbetsförmåga klarlagd"), ("Form.Goals[0].Indicator", "75 % går vidare till GK"),
            ($"Form.Budget[{Salaries:N}_2027]", "681 000"), ($"Form.Budget[{Premises:N}_2027]", "30 000"), ($"Form.Budget[{Material:N}_2027]", "15000 kr"),
        };
        fields.AddRange(GrantModel.SeededSections.Select(s => ($"Form.Sections[{s.Key}]", $"Vår text om {s.Title.ToLowerInvariant()}.")));
        using (var submitted = await applicant.PostFormAsync("/ansok", "/ansok?handler=Submit", [.. fields]))
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var receipt = Assert.Single(await _platform.OutboxAsync(_tenant), m => m.To.Contains("kontakt@sundsvall.example", StringComparison.Ordinal));
        var id = await _platform.ReadAsync(_tenant, db => db.FundingApplications.AsNoTracking().Select(a => a.Id).SingleAsync());
        Assert.Equal(ApplicationState.Submitted, (await _platform.ApplicationOfAsync(_tenant, id)).State);

        // The office: beredning, the recommendation, to the board; the platform finds the chair's conflict.
        var desk = $"/ansokningar/{id}";
        using (var taken = await admin.PostFormAsync(desk, $"{desk}?handler=TakeUp"))
            Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        await admin.PostOkAsync($"/api/grants/{id}/recommendations", new { kind = "Grant", comment = "Beredningsgruppen föreslår bifall." });
        using (var placed = await admin.PostFormAsync(desk, $"{desk}?handler=ToBoard", ("ToBoard.MeetingId", meeting)))
            Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        Assert.Equal(ApplicationState.ToBoard, (await _platform.ApplicationOfAsync(_tenant, id)).State);

        // The minutes drafted from the agenda say by themselves that the chair did not take part.
        await admin.PostOkAsync($"/api/meetings/{meeting}/minutes/attendance/from-seats", new { });
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(HttpMethod.Put, $"/api/meetings/{meeting}/minutes", new { chair = "Jonas Väst", keptAt = "Kommunhuset rum 612" })).Status);
        await admin.PostOkAsync($"/api/meetings/{meeting}/minutes/paragraphs/from-agenda", new { });
        Assert.Contains("Jonas Väst deltog inte i beslutet", await admin.GetStringAsync($"/moten/{meeting}/protokoll"), StringComparison.Ordinal);
        var paragraph = (await admin.GetFromJsonAsync<JsonElement>($"/api/meetings/{meeting}")).GetProperty("paragraphs").EnumerateArray()
            .Single(p => p.Str("title").StartsWith("Ansökan om medel: Arbetskonsulent 2027", StringComparison.Ordinal)).Id();

        // The meeting day: the decision through the API; more than applied for is refused and nothing is written.
        Today(2026, 12, 8);
        admin = await _platform.ApiClientAsync(_tenant, AdminEmail);
        using (var tooMuch = await admin.PostAsJsonAsync($"/api/grants/{id}/decision", new { paragraphId = paragraph, outcome = "Grant", years = new[] { new { year = "2027", amount = "726 001" } }, decidedOn = "2026-12-08" }))
            Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        Assert.Equal(ApplicationState.ToBoard, (await _platform.ApplicationOfAsync(_tenant, id)).State);
        using (var decided = await admin.PostAsJsonAsync($"/api/grants/{id}/decision", new { paragraphId = paragraph, outcome = "Grant", years = new[] { new { year = "2027", amount = "726 000" } }, conditions = "Under förutsättning att förbundet får bidrag från huvudmännen för 2027.", decidedOn = "2026-12-08" }))
            Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal([(363_000L, PaymentCondition.AgreementSigned), (363_000L, PaymentCondition.ReportApproved)], (await PaymentsAsync(id)).Select(p => (p.Amount, p.Condition)));
        Assert.Equal(["planned", "planned"], await StatusesAsync(admin, id));

        // Signed a week later: the first half still waits for its year.
        Today(2026, 12, 15);
        admin = await _platform.ApiClientAsync(_tenant, AdminEmail);
        await admin.PostOkAsync($"/api/grants/{id}/agreement", new { signedOn = "2026-12-15", signedBy = "Förvaltningsdirektören" });
        Assert.Equal(["planned", "planned"], await StatusesAsync(admin, id));

        Today(2027, 1, 11);
        admin = await _platform.ApiClientAsync(_tenant, AdminEmail);
        Assert.Equal(["ready", "planned"], await StatusesAsync(admin, id));
        var (first, rest) = (await PaymentsAsync(id)) switch { [var a, var b] => (a.Id, b.Id), _ => throw new InvalidOperationException() };
        using (var over = await admin.PostAsJsonAsync($"/api/grants/{id}/payments/{first}/paid", new { paidOn = "2027-01-11", amount = "363 001" }))
            Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode); // more than the grant leaves
        using (var early = await admin.PostAsJsonAsync($"/api/grants/{id}/payments/{rest}/paid", new { paidOn = "2027-01-11", amount = "363 000" }))
            Assert.NotEqual(HttpStatusCode.OK, early.StatusCode); // the rest waits for the approved report
        await admin.PostOkAsync($"/api/grants/{id}/payments/{first}/paid", new { paidOn = "2027-01-11", amount = "363 000" });
        Assert.Equal(["paid", "planned"], await StatusesAsync(admin, id));

        // After the year: the recipient reports by the emailed link, the office reviews, the board approves.
        Today(2028, 1, 10);
        admin = await _platform.ApiClientAsync(_tenant, AdminEmail);
        var annual = await _platform.ReadAsync(_tenant, db => db.GrantReports.AsNoTracking().Where(r => r.ApplicationId == id && r.Kind == ReportKind.Annual).Select(r => r.Id).SingleAsync());
        await admin.PostOkAsync($"/api/grants/{id}/reports/{annual}/link", new { });
        var mail = (await _platform.OutboxAsync(_tenant)).Last(m => Link().IsMatch(m.TextBody) && m.TextBody.Contains("/redovisning/", StringComparison.Ordinal));
        var link = Link().Match(mail.TextBody).Groups[1].Value;
        using (var reported = await applicant.PostFormAsync(link, link, ("Report.Women", "9"), ("Report.Men", "7"),
            ($"Report.Costs[{Salaries}]", "680 000"), ($"Report.Costs[{Premises}]", "30000"), ($"Report.Costs[{Material}]", "11 000"), ("Report.Text", "Tjänsten har varit fullbelagd hela året.")))
            Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        await admin.PostOkAsync($"/api/grants/{id}/reports/{annual}/review", new { comment = "Granskad av kansliet." });
        Assert.Equal(["paid", "planned"], await StatusesAsync(admin, id));
        await admin.PostOkAsync($"/api/grants/{id}/reports/{annual}/approval", new { approvedOn = "2028-01-10" });
        Assert.Equal(["paid", "ready"], await StatusesAsync(admin, id));
        await admin.PostOkAsync($"/api/grants/{id}/payments/{rest}/paid", new { paidOn = "2028-01-10", amount = "363 000" });

        // The contract: granted per year, every payment paid, nothing remaining; the reported costs (721 000) leave 5 000 to repay.
        var grant = (await admin.GetFromJsonAsync<JsonElement>("/api/grants")).EnumerateArray().Single(g => g.Id() == id.ToString());
        Assert.Equal(726_000, grant.GetProperty("granted").GetProperty("2027").GetInt64());
        Assert.Equal(["paid", "paid"], grant.GetProperty("payments").EnumerateArray().Select(p => p.Str("status")));
        Assert.Equal(["2027-01-11", "2028-01-10"], grant.GetProperty("payments").EnumerateArray().Select(p => p.Str("paidOn")));
        Assert.Equal(0, grant.GetProperty("remaining").GetInt64());
        var payments = WebUtility.HtmlDecode(await admin.GetStringAsync($"/ansokningar/{id}/utbetalningar")).Replace('\u00a0', ' ');
        Assert.Matches("Att återbetala[^0-9]*5 000 kr", payments);
    }
}
