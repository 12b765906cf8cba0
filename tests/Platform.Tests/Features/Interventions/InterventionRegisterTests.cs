using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Board.Model;
using Platform.Features.Integrations;
using Platform.Features.Interventions.Model;
using Platform.Features.Interventions.Register;
using Platform.Features.Members;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Features.Board;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Interventions;

/// <summary>The intervention register (issue 21, items 1, 2 and 5) through its API and its pages.</summary>
public sealed partial class InterventionRegisterTests : IDisposable
{
    private readonly PlatformFactory _platform = new();

    public void Dispose() => _platform.Dispose();

    private sealed record Parties(Guid Sollentuna, Guid Upplands, Guid Region, Guid Fk, Guid Left);

    /// <summary>SUVS's parties: two municipalities, the region, Försäkringskassan, and a municipality that left in 2019.</summary>
    private async Task<Parties> MembersAsync(TenantInfo tenant)
    {
        var parties = new Parties(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await _platform.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            db.Members.Add(new Member { Id = parties.Sollentuna, Kind = MemberKind.Municipality, Name = "Sollentuna kommun", MemberFrom = new DateOnly(2010, 1, 1) });
            db.Members.Add(new Member { Id = parties.Upplands, Kind = MemberKind.Municipality, Name = "Upplands Väsby kommun", MemberFrom = new DateOnly(2010, 1, 1) });
            db.Members.Add(new Member { Id = parties.Region, Kind = MemberKind.Region, Name = "Region Stockholm", MemberFrom = new DateOnly(2010, 1, 1) });
            db.Members.Add(new Member { Id = parties.Fk, Kind = MemberKind.Government, Name = "Försäkringskassan", MemberFrom = new DateOnly(2010, 1, 1) });
            db.Members.Add(new Member { Id = parties.Left, Kind = MemberKind.Municipality, Name = "Sigtuna kommun", MemberFrom = new DateOnly(2010, 1, 1), MemberTo = new DateOnly(2019, 12, 31) });
            await db.SaveChangesAsync();
            return 0;
        });
        return parties;
    }

    private static object Resursteamet(Parties p, string name = "Resursteamet", string kind = "individual", string start = "2020-06-01", string? end = "2022-09-30") => new
    {
        name,
        description = "Samordnad rehabilitering för personer långt från arbetsmarknaden.",
        kind,
        targetGroup = "Personer 16–64 år med behov av samordnat stöd",
        ageFrom = 16,
        ageTo = 64,
        leadPartyId = p.Sollentuna,
        cooperatingPartyIds = new[] { p.Upplands, p.Fk },
        municipalityIds = new[] { p.Sollentuna, p.Upplands },
        start,
        end,
        status = "ongoing",
        methods = new[] { "Supported Employment", "Case Management" },
        esfCoFinanced = false,
    };

    private Task<List<Intervention>> InterventionsAsync(TenantInfo tenant) =>
        _platform.InTenantAsync(tenant, s => s.GetRequiredService<TenantDb>().Interventions.AsNoTracking().ToListAsync());

    private async Task<int> ChangesLoggedAsync(TenantInfo tenant) => (await _platform.AuditAsync(tenant)).Count(e => e.Event == AuditEvents.InterventionChanged);

    private async Task<HttpClient> AdminApiAsync(TenantInfo tenant)
    {
        await _platform.AddPersonAsync(tenant, Roles.Admin, $"kansli@{tenant.Slug}.test");
        return await _platform.ApiClientAsync(tenant, $"kansli@{tenant.Slug}.test");
    }

    [GeneratedRegex("<span class=\"error-text[^\"]*\"[^>]*data-valmsg-for=\"([^\"]+)\"[^>]*>([^<]+)</span>")]
    private static partial Regex FieldError();

    private static Dictionary<string, string> ErrorsBesideFields(string html) =>
        FieldError().Matches(html).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));

    [Fact]
    public async Task The_office_adds_an_intervention_through_the_API_with_its_parties_and_it_is_logged()
    {
        var tenant = await _platform.ProvisionAsync("suvs");
        var p = await MembersAsync(tenant);
        var admin = await AdminApiAsync(tenant);

        var (status, created) = await admin.SendAsync(HttpMethod.Post, "/api/interventions", Resursteamet(p));
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("individual", created.Str("kind"));
        Assert.Equal("ongoing", created.Str("status"));
        Assert.Equal("Sollentuna kommun", created.GetProperty("lead").Str("name"));
        Assert.Equal(["Upplands Väsby kommun", "Försäkringskassan"], created.GetProperty("cooperatingParties").EnumerateArray().Select(x => x.Str("name")));
        Assert.Equal(["Supported Employment", "Case Management"], created.GetProperty("methods").EnumerateArray().Select(x => x.GetString()));

        var (_, list) = await admin.SendAsync(HttpMethod.Get, "/api/interventions");
        var item = Assert.Single(list.EnumerateArray());
        Assert.Equal((created.Id(), "Resursteamet", "individual"), (item.Id(), item.Str("name"), item.Str("kind")));

        var entry = Assert.Single(await _platform.AuditAsync(tenant), e => e.Event == AuditEvents.InterventionChanged);
        Assert.Equal("Resursteamet", entry.Subject);
    }

    [Fact]
    public async Task Every_bad_field_of_an_intervention_is_refused_at_once_in_Swedish_and_nothing_is_written()
    {
        var tenant = await _platform.ProvisionAsync("suvs");
        var p = await MembersAsync(tenant);
        var admin = await AdminApiAsync(tenant);

        var (status, problem) = await admin.SendAsync(HttpMethod.Post, "/api/interventions", new
        {
            name = "",
            kind = "both",
            ageFrom = 12,
            ageTo = 70,
            leadPartyId = p.Left,
            cooperatingPartyIds = new[] { Guid.NewGuid() },
            municipalityIds = new[] { p.Region },
            start = "2022-01-01",
            end = "2021-12-31",
            status = "implemented",
        });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = problem.GetProperty("errors");
        Assert.Equal("Ange insatsens namn.", errors.GetProperty("name")[0].GetString());
        Assert.Contains("individinriktad eller strukturövergripande", errors.GetProperty("kind")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("mellan 16 och 67", errors.GetProperty("ageFrom")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("mellan 16 och 67", errors.GetProperty("ageTo")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Slutdatumet kan inte vara före startdatumet.", errors.GetProperty("end")[0].GetString());
        Assert.Contains("Sigtuna kommun är inte medlem i förbundet", errors.GetProperty("leadPartyId")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("finns inte i medlemsregistret", errors.GetProperty("cooperatingPartyIds")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Region Stockholm är inte en kommun", errors.GetProperty("municipalityIds")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("part som tog över", errors.GetProperty("implementedById")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("implementerades", errors.GetProperty("implementedOn")[0].GetString(), StringComparison.Ordinal);

        // One party only; an age range upside down; a name already taken.
        (await admin.SendAsync(HttpMethod.Post, "/api/interventions", Resursteamet(p))).Status.ToString();
        var (again, second) = await admin.SendAsync(HttpMethod.Post, "/api/interventions", new
        {
            name = "Resursteamet",
            kind = "structural",
            ageFrom = 50,
            ageTo = 30,
            leadPartyId = p.Sollentuna,
            cooperatingPartyIds = new[] { p.Sollentuna },
            start = "2024-01-01",
        });
        Assert.Equal(HttpStatusCode.BadRequest, again);
        var more = second.GetProperty("errors");
        Assert.Equal("Det finns redan en insats med det namnet.", more.GetProperty("name")[0].GetString());
        Assert.Contains("minst två parter", more.GetProperty("cooperatingPartyIds")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("inte vara lägre", more.GetProperty("ageTo")[0].GetString(), StringComparison.Ordinal);

        Assert.Single(await InterventionsAsync(tenant));
        Assert.Equal(1, await ChangesLoggedAsync(tenant));
    }

    [Fact]
    public async Task The_kind_and_the_ESF_flag_cannot_change_through_the_API_nor_the_page()
    {
        var tenant = await _platform.ProvisionAsync("suvs");
        var p = await MembersAsync(tenant);
        var admin = await AdminApiAsync(tenant);
        var (_, created) = await admin.SendAsync(HttpMethod.Post, "/api/interventions", Resursteamet(p));
        var id = created.Id();

        var (status, problem) = await admin.SendAsync(HttpMethod.Put, $"/api/interventions/{id}", Resursteamet(p, name: "Resursteamet 2", kind: "structural"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(InterventionRegister.KindFixed, problem.GetProperty("errors").GetProperty("kind")[0].GetString());
        Assert.Equal("Insatsens typ kan inte ändras efter att den skapats: en insats med båda delarna är två insatser.", InterventionRegister.KindFixed);

        var esf = JsonSerializer.SerializeToElement(Resursteamet(p, name: "Resursteamet 2"));
        var withEsf = esf.EnumerateObject().ToDictionary(x => x.Name, x => (object?)x.Value);
        withEsf["esfCoFinanced"] = true;
        var (esfStatus, esfProblem) = await admin.SendAsync(HttpMethod.Put, $"/api/interventions/{id}", withEsf);
        Assert.Equal(HttpStatusCode.BadRequest, esfStatus);
        Assert.Equal(InterventionRegister.EsfFixed, esfProblem.GetProperty("errors").GetProperty("esfCoFinanced")[0].GetString());

        // The page does not offer them; a posted one is refused beside it, and nothing changes.
        var page = await _platform.SignInAsync(PlatformFactory.HostOf(tenant), $"kansli@{tenant.Slug}.test");
        var form = WebUtility.HtmlDecode(await page.GetStringAsync($"/insatser/{id}/andra"));
        Assert.DoesNotContain("name=\"Form.Kind\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Form.EsfCoFinanced\"", form, StringComparison.Ordinal);
        Assert.Contains("Individinriktad", form, StringComparison.Ordinal);
        using var refused = await page.PostFormAsync($"/insatser/{id}/andra", $"/insatser/{id}/andra", [.. PageFields(p, "Resursteamet 2"), ("Form.Kind", "structural")]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(InterventionRegister.KindFixed, ErrorsBesideFields(await refused.Content.ReadAsStringAsync())["Form.Kind"]);
        using var esfRefused = await page.PostFormAsync($"/insatser/{id}/andra", $"/insatser/{id}/andra", [.. PageFields(p, "Resursteamet 2"), ("Form.EsfCoFinanced", "true")]);
        Assert.Equal(HttpStatusCode.BadRequest, esfRefused.StatusCode);
        Assert.Equal(InterventionRegister.EsfFixed, ErrorsBesideFields(await esfRefused.Content.ReadAsStringAsync())["Form.EsfCoFinanced"]);

        var stored = Assert.Single(await InterventionsAsync(tenant));
        Assert.Equal(("Resursteamet", InterventionKind.Individual, false), (stored.Name, stored.Kind, stored.EsfCoFinanced));

        // Without them, the same change is saved.
        using var saved = await page.PostFormAsync($"/insatser/{id}/andra", $"/insatser/{id}/andra", PageFields(p, "Resursteamet 2"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Resursteamet 2", Assert.Single(await InterventionsAsync(tenant)).Name);
    }

    private static (string, string)[] PageFields(Parties p, string name, string kind = "individual") =>
    [
        ("Form.Name", name), ("Form.Description", "Samordnad rehabilitering."), ("Form.Kind", kind),
        ("Form.TargetGroup", "Unga vuxna"), ("Form.AgeFrom", "18"), ("Form.AgeTo", "29"),
        ("Form.LeadPartyId", p.Sollentuna.ToString()), ("Form.CooperatingPartyIds", p.Fk.ToString()), ("Form.CooperatingPartyIds", p.Region.ToString()),
        ("Form.MunicipalityIds", p.Sollentuna.ToString()), ("Form.Start", "2024-01-01"), ("Form.End", "2025-12-31"), ("Form.Status", "ongoing"),
        ("Form.Methods", "Supported Employment, IPS\nCase Management"), ("Form.DecisionParagraphId", ""),
    ];

    [Fact]
    public async Task The_office_adds_an_intervention_with_staffing_a_goal_its_follow_up_and_a_budget_in_the_pages()
    {
        var tenant = await _platform.ProvisionAsync("suvs");
        var p = await MembersAsync(tenant);
        var admin = await _platform.SignedInAsync(tenant);
        Assert.Contains("href=\"/insatser/ny\"", await admin.GetStringAsync("/insatser"), StringComparison.Ordinal);

        var fields = PageFields(p, "HOPPET").Where(f => f.Item1 != "Form.Kind").Append(("Form.Kind", "individual")).Append(("Form.EsfCoFinanced", "true")).ToArray();
        using var created = await admin.PostFormAsync("/insatser/ny", "/insatser/ny", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var stored = Assert.Single(await InterventionsAsync(tenant));
        Assert.Equal($"/insatser/{stored.Id}?klart=skapad", created.Headers.Location?.OriginalString);
        Assert.True(stored.EsfCoFinanced);
        Assert.Equal(["Supported Employment", "IPS", "Case Management"], stored.Methods);
        Assert.Equal([p.Fk, p.Region], stored.CooperatingMemberIds);
        var page = $"/insatser/{stored.Id}";

        using var line = await admin.PostFormAsync(page, $"{page}?handler=Staffing",
            ("Staffing.Role", "Handläggare FK"), ("Staffing.PartyId", p.Fk.ToString()), ("Staffing.Percent", "95"), ("Staffing.From", "2024-01-01"), ("Staffing.To", "2025-12-31"));
        Assert.Equal(HttpStatusCode.Redirect, line.StatusCode);
        using var office = await admin.PostFormAsync(page, $"{page}?handler=Staffing",
            ("Staffing.Role", "Projektledare"), ("Staffing.PartyId", ""), ("Staffing.Percent", "200"), ("Staffing.From", "2024-01-01"), ("Staffing.To", ""));
        Assert.Equal(HttpStatusCode.Redirect, office.StatusCode);
        using var goal = await admin.PostFormAsync(page, $"{page}?handler=Goal",
            ("Goal.Text", "Arbete och studier efter avslutad insats"), ("Goal.Indicator", "Andel av de avslutade"), ("Goal.Target", "25"), ("Goal.Measure", "shareEndedToWorkOrStudies"));
        Assert.Equal(HttpStatusCode.Redirect, goal.StatusCode);
        var goalId = await _platform.InTenantAsync(tenant, s => s.GetRequiredService<TenantDb>().Goals.Select(g => g.Id).SingleAsync());
        using var followUp = await admin.PostFormAsync(page, $"{page}?handler=FollowUp",
            ("FollowUp.GoalId", goalId.ToString()), ("FollowUp.From", "2024-01-01"), ("FollowUp.To", "2024-06-30"), ("FollowUp.Status", "likely"), ("FollowUp.Value", ""), ("FollowUp.Comment", "Sju av 30 hittills."));
        Assert.Equal(HttpStatusCode.Redirect, followUp.StatusCode);
        using var budget = await admin.PostFormAsync(page, $"{page}?handler=Budget",
            ("Budget.Year", "2024"), ("Budget.CostBudget", "2 400 000"), ("Budget.CostOutcome", ""), ("Budget.EsfCostBudget", "600000"), ("Budget.EsfCostOutcome", ""), ("Budget.PlannedParticipants", "40"));
        Assert.Equal(HttpStatusCode.Redirect, budget.StatusCode);
        Assert.Equal($"{page}?klart=budget#budget-klart", budget.Headers.Location?.OriginalString);

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync(page)).Replace('\u00a0', ' ');
        foreach (var shown in new[] { "Handläggare FK", "Försäkringskassan", "95 %", "Projektledare", "Förbundet (kansliet)", "200 %", "295 %",
            "Arbete och studier efter avslutad insats", "25 %", "Bedöms kunna uppnås", "Sju av 30 hittills.", "2 400 000", "600 000", "40",
            "Supported Employment, IPS, Case Management", $"href=\"/insatser/{stored.Id}/resultat\"", $"href=\"/insatser/{stored.Id}/antal\"" })
            Assert.Contains(shown, html, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/insatser/{stored.Id}/deltagare\"", html, StringComparison.Ordinal);
        Assert.Equal(6, await ChangesLoggedAsync(tenant));

        // A year already budgeted is changed, not added again.
        (await admin.PostFormAsync(page, $"{page}?handler=Budget", ("Budget.Year", "2024"), ("Budget.CostBudget", "2500000"), ("Budget.CostOutcome", "2390000"))).Dispose();
        var budgets = await _platform.InTenantAsync(tenant, s => s.GetRequiredService<TenantDb>().InterventionBudgets.AsNoTracking().ToListAsync());
        Assert.Equal((2024, 2_500_000L, (long?)2_390_000L), (Assert.Single(budgets).Year, budgets[0].CostBudget, budgets[0].CostOutcome));
    }

    [Fact]
    public async Task A_refused_new_intervention_keeps_what_was_typed_and_shows_each_error_beside_its_field()
    {
        var tenant = await _platform.ProvisionAsync("suvs");
        var p = await MembersAsync(tenant);
        var admin = await _platform.SignedInAsync(tenant);
        var fields = PageFields(p, "HOPPET")
            .Select(f => f.Item1 switch
            {
                "Form.End" => (f.Item1, "2023-12-31"),
                "Form.LeadPartyId" => (f.Item1, p.Left.ToString()),
                "Form.MunicipalityIds" => (f.Item1, p.Region.ToString()),
                _ => f,
            }).ToArray();

        using var refused = await admin.PostFormAsync("/insatser/ny", "/insatser/ny", fields);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        var errors = ErrorsBesideFields(html);
        Assert.Equal(["Form.End", "Form.LeadPartyId", "Form.MunicipalityIds"], errors.Keys.Order());
        Assert.Equal("Slutdatumet kan inte vara före startdatumet.", errors["Form.End"]);
        Assert.Contains("Sigtuna kommun är inte medlem i förbundet", errors["Form.LeadPartyId"], StringComparison.Ordinal);
        Assert.Contains("Region Stockholm är inte en kommun", errors["Form.MunicipalityIds"], StringComparison.Ordinal);
        foreach (var kept in new[] { "value=\"HOPPET\"", "value=\"18\"", "value=\"2024-01-01\"", "Supported Employment, IPS\nCase Management" })
            Assert.Contains(kept, html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{p.Fk}\" checked=\"checked\"", html, StringComparison.Ordinal);
        Assert.Empty(await InterventionsAsync(tenant));
        Assert.Equal(0, await ChangesLoggedAsync(tenant));
    }

    [Fact]
    public async Task Bad_staffing_goals_follow_ups_and_budgets_are_refused_beside_their_fields_and_nothing_is_written()
    {
        var tenant = await _platform.ProvisionAsync("suvs");
        var p = await MembersAsync(tenant);
        var api = await AdminApiAsync(tenant);
        var (_, created) = await api.SendAsync(HttpMethod.Post, "/api/interventions", Resursteamet(p));
        var id = created.Id();
        var (_, goal) = await api.SendAsync(HttpMethod.Post, $"/api/interventions/{id}/goals", new { text = "Antal deltagare", target = 40, measure = "participantsStarted" });
        var logged = await ChangesLoggedAsync(tenant);

        var (s1, staffing) = await api.SendAsync(HttpMethod.Post, $"/api/interventions/{id}/staffing", new { role = "", partyId = Guid.NewGuid(), percent = 0, from = "2024-06-01", to = "2024-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, s1);
        Assert.Equal(["role", "partyId", "percent", "to"], staffing.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        var (s2, goalProblem) = await api.SendAsync(HttpMethod.Post, $"/api/interventions/{id}/goals", new { text = "", target = 150, measure = "shareEndedToWorkOrStudies" });
        Assert.Equal(HttpStatusCode.BadRequest, s2);
        Assert.Equal(["text", "target"], goalProblem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        var (s3, followUp) = await api.SendAsync(HttpMethod.Post, $"/api/interventions/{id}/goals/{goal.Id()}/follow-ups", new { from = "2024-07-01", to = "2024-06-30", status = "maybe", value = 12 });
        Assert.Equal(HttpStatusCode.BadRequest, s3);
        Assert.Equal(["to", "status", "value"], followUp.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        var (s4, budget) = await api.SendAsync(HttpMethod.Put, $"/api/interventions/{id}/budgets/1999", new { costBudget = -1, esfCostBudget = -5, plannedParticipants = -2 });
        Assert.Equal(HttpStatusCode.BadRequest, s4);
        Assert.Equal(["year", "costBudget", "esfCostBudget", "plannedParticipants"], budget.GetProperty("errors").EnumerateObject().Select(e => e.Name));

        var admin = await _platform.SignInAsync(PlatformFactory.HostOf(tenant), $"kansli@{tenant.Slug}.test");
        var page = $"/insatser/{id}";
        using var refused = await admin.PostFormAsync(page, $"{page}?handler=Staffing", ("Staffing.Role", "Coach"), ("Staffing.Percent", "1001"), ("Staffing.From", "2024-01-01"), ("Staffing.To", "2023-01-01"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        var errors = ErrorsBesideFields(html);
        Assert.Equal(["Staffing.Percent", "Staffing.To"], errors.Keys);
        Assert.Contains("mellan 1 och 1000", errors["Staffing.Percent"], StringComparison.Ordinal);
        Assert.Contains("value=\"Coach\"", html, StringComparison.Ordinal);
        using var badBudget = await admin.PostFormAsync(page, $"{page}?handler=Budget", ("Budget.Year", "2024"), ("Budget.CostBudget", "mycket"));
        Assert.Equal(HttpStatusCode.BadRequest, badBudget.StatusCode);
        Assert.Contains("hela kronor", ErrorsBesideFields(await badBudget.Content.ReadAsStringAsync())["Budget.CostBudget"], StringComparison.Ordinal);

        var (lines, budgets, followUps) = await _platform.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            return (await db.StaffingLines.CountAsync(), await db.InterventionBudgets.CountAsync(), await db.GoalFollowUps.CountAsync());
        });
        Assert.Equal((0, 0, 0), (lines, budgets, followUps));
        Assert.Equal(logged, await ChangesLoggedAsync(tenant));
    }

    [Fact]
    public async Task A_staffing_line_is_changed_and_removed_after_a_confirmation()
    {
        var tenant = await _platform.ProvisionAsync("suvs");
        var p = await MembersAsync(tenant);
        var api = await AdminApiAsync(tenant);
        var (_, created) = await api.SendAsync(HttpMethod.Post, "/api/interventions", Resursteamet(p));
        var id = created.Id();
        var (status, line) = await api.SendAsync(HttpMethod.Post, $"/api/interventions/{id}/staffing", new { role = "Case Manager Sollentuna", partyId = p.Sollentuna, percent = 100, from = "2020-06-01" });
        Assert.Equal(HttpStatusCode.Created, status);
        var (changed, after) = await api.SendAsync(HttpMethod.Put, $"/api/interventions/{id}/staffing/{line.Id()}", new { role = "Case Manager Sollentuna", partyId = p.Sollentuna, percent = 50, from = "2020-06-01", to = "2022-09-30" });
        Assert.Equal(HttpStatusCode.OK, changed);
        Assert.Equal("50", after.Str("percent"));

        var admin = await _platform.SignInAsync(PlatformFactory.HostOf(tenant), $"kansli@{tenant.Slug}.test");
        var html = WebUtility.HtmlDecode(await admin.GetStringAsync($"/insatser/{id}"));
        Assert.Contains("Vill du ta bort raden Case Manager Sollentuna ur bemanningen?", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/insatser/{id}?bemanning={line.Id()}#ny-bemanning\"", html, StringComparison.Ordinal);
        var editing = WebUtility.HtmlDecode(await admin.GetStringAsync($"/insatser/{id}?bemanning={line.Id()}"));
        Assert.Contains($"name=\"Staffing.LineId\" value=\"{line.Id()}\"", editing, StringComparison.Ordinal);
        Assert.Contains("value=\"2022-09-30\"", editing, StringComparison.Ordinal);

        using var removed = await admin.PostFormAsync($"/insatser/{id}", $"/insatser/{id}?handler=RemoveStaffing", ("lineId", line.Id()));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(0, await _platform.InTenantAsync(tenant, s => s.GetRequiredService<TenantDb>().StaffingLines.CountAsync()));
        Assert.Equal(4, await ChangesLoggedAsync(tenant));
    }

    [Theory]
    [InlineData(Roles.Board)]
    [InlineData(Roles.Auditor)]
    public async Task A_board_member_and_an_auditor_read_the_register_but_cannot_change_it(string role)
    {
        var tenant = await _platform.ProvisionAsync("suvs");
        var p = await MembersAsync(tenant);
        var api = await AdminApiAsync(tenant);
        var (_, created) = await api.SendAsync(HttpMethod.Post, "/api/interventions", Resursteamet(p));
        var id = created.Id();

        await _platform.AddPersonAsync(tenant, role, $"{role}@{tenant.Slug}.test");
        var reader = await _platform.ApiClientAsync(tenant, $"{role}@{tenant.Slug}.test");
        Assert.Equal(HttpStatusCode.OK, (await reader.SendAsync(HttpMethod.Get, "/api/interventions")).Status);
        Assert.Equal(HttpStatusCode.OK, (await reader.SendAsync(HttpMethod.Get, $"/api/interventions/{id}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.SendAsync(HttpMethod.Post, "/api/interventions", Resursteamet(p, name: "Annat"))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.SendAsync(HttpMethod.Put, $"/api/interventions/{id}", Resursteamet(p, name: "Annat"))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.SendAsync(HttpMethod.Post, $"/api/interventions/{id}/goals", new { text = "Mål" })).Status);

        var list = await reader.GetStringAsync("/insatser");
        Assert.Contains("Resursteamet", list, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/insatser/ny\"", list, StringComparison.Ordinal);
        var page = await reader.GetStringAsync($"/insatser/{id}");
        Assert.DoesNotContain("handler=Staffing", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"/insatser/{id}/antal", page, StringComparison.Ordinal);
        using var newPage = await reader.GetAsync("/insatser/ny");
        Assert.NotEqual(HttpStatusCode.OK, newPage.StatusCode);
        Assert.Single(await InterventionsAsync(tenant));
    }

    [Fact]
    public async Task An_integration_token_lists_the_interventions_with_the_stable_contract()
    {
        var tenant = await _platform.ProvisionAsync("suvs");
        var p = await MembersAsync(tenant);
        var api = await AdminApiAsync(tenant);
        await api.SendAsync(HttpMethod.Post, "/api/interventions", Resursteamet(p));
        await api.SendAsync(HttpMethod.Post, "/api/interventions", Resursteamet(p, name: "Samverkan i Väsby", kind: "structural"));
        await using (var scope = _platform.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IntegrationClients>().RegisterConfidentialAsync(tenant.Id, "suvs-integration", "Statistik", null, "test", CancellationToken.None, "suvs-secret");
        var token = await _platform.TokenAsync(PlatformFactory.HostOf(tenant), "suvs-integration", "suvs-secret");
        var client = _platform.ClientFor(PlatformFactory.HostOf(tenant));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await client.GetAsync("/api/interventions");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().ToList();
        Assert.Equal([("Resursteamet", "individual"), ("Samverkan i Väsby", "structural")], items.Select(i => (i.Str("name"), i.Str("kind"))));
        Assert.All(items, i => Assert.True(Guid.TryParse(i.Id(), out _)));
    }

    [Fact]
    public async Task An_unknown_intervention_goal_or_line_is_not_found()
    {
        var tenant = await _platform.ProvisionAsync("suvs");
        var p = await MembersAsync(tenant);
        var api = await AdminApiAsync(tenant);
        var (_, created) = await api.SendAsync(HttpMethod.Post, "/api/interventions", Resursteamet(p));
        var other = (await api.SendAsync(HttpMethod.Post, "/api/interventions", Resursteamet(p, name: "HOPPET"))).Body.Id();
        var (_, goalOfOther) = await api.SendAsync(HttpMethod.Post, $"/api/interventions/{other}/goals", new { text = "Mål" });
        var id = created.Id();
        var unknown = Guid.NewGuid();

        var (status, problem) = await api.SendAsync(HttpMethod.Get, $"/api/interventions/{unknown}");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Insatsen finns inte.", problem.Str("detail"));
        Assert.Equal(HttpStatusCode.NotFound, (await api.SendAsync(HttpMethod.Put, $"/api/interventions/{unknown}", Resursteamet(p))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await api.SendAsync(HttpMethod.Post, $"/api/interventions/{unknown}/staffing", new { role = "x", percent = 10, from = "2024-01-01" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await api.SendAsync(HttpMethod.Delete, $"/api/interventions/{id}/staffing/{unknown}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await api.SendAsync(HttpMethod.Put, $"/api/interventions/{id}/goals/{goalOfOther.Id()}", new { text = "Mål" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await api.SendAsync(HttpMethod.Post, $"/api/interventions/{id}/goals/{goalOfOther.Id()}/follow-ups", new { from = "2024-01-01", to = "2024-06-30", status = "achieved" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await api.SendAsync(HttpMethod.Put, $"/api/interventions/{unknown}/budgets/2024", new { costBudget = 1 })).Status);

        var admin = await _platform.SignInAsync(PlatformFactory.HostOf(tenant), $"kansli@{tenant.Slug}.test");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/insatser/{unknown}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/insatser/{unknown}/andra")).StatusCode);
    }

    [Fact]
    public async Task Participant_staff_see_only_the_interventions_they_are_given()
    {
        var tenant = await _platform.ProvisionAsync("suvs");
        var p = await MembersAsync(tenant);
        var api = await AdminApiAsync(tenant);
        var given = (await api.SendAsync(HttpMethod.Post, "/api/interventions", Resursteamet(p))).Body.Id();
        var other = (await api.SendAsync(HttpMethod.Post, "/api/interventions", Resursteamet(p, name: "HOPPET"))).Body.Id();
        var staff = await _platform.AddPersonAsync(tenant, Roles.ParticipantStaff, $"insats@{tenant.Slug}.test");
        await _platform.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            db.ParticipantStaff.Add(new ParticipantStaff { InterventionId = Guid.Parse(given), UserId = staff.Id, GrantedAt = DateTime.UnixEpoch, GrantedBy = "test" });
            return await db.SaveChangesAsync();
        });

        var client = await _platform.ApiClientAsync(tenant, $"insats@{tenant.Slug}.test");
        var (_, list) = await client.SendAsync(HttpMethod.Get, "/api/interventions");
        Assert.Equal([given], list.EnumerateArray().Select(i => i.Id()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(HttpMethod.Get, $"/api/interventions/{other}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/insatser/{other}")).StatusCode);
        var page = await client.GetStringAsync($"/insatser/{given}");
        Assert.Contains($"href=\"/insatser/{given}/deltagare\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/insatser/{given}/antal\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("HOPPET", await client.GetStringAsync("/insatser"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_board_decision_links_to_its_paragraph_in_the_minutes()
    {
        var tenant = await _platform.ProvisionAsync("sundsvall");
        var p = await MembersAsync(tenant);
        var api = await AdminApiAsync(tenant);
        var (_, meetingId) = await api.MeetingAsync("2024-05-07");
        await api.PostOkAsync($"/api/meetings/{meetingId}/minutes/paragraphs", new { number = 73, title = "Jobbkonsulent på Arbetsmarknadstorget", decision = "Styrelsen beslutade att bevilja medel." });
        var paragraphId = await _platform.InTenantAsync(tenant, s => s.GetRequiredService<TenantDb>().Paragraphs.Select(x => x.Id).SingleAsync());

        var input = JsonSerializer.SerializeToElement(Resursteamet(p, name: "Jobbkonsulent")).EnumerateObject().ToDictionary(x => x.Name, x => (object?)x.Value);
        input["decisionParagraphId"] = paragraphId.ToString();
        var (status, created) = await api.SendAsync(HttpMethod.Post, "/api/interventions", input);
        Assert.Equal(HttpStatusCode.Created, status);
        var decision = created.GetProperty("decision");
        Assert.Equal("§ 73, Styrelsen 2024-05-07", decision.Str("label"));
        Assert.Equal($"/moten/{meetingId}#p-{paragraphId}", decision.Str("link"));

        input["name"] = "Annan";
        input["decisionParagraphId"] = Guid.NewGuid().ToString();
        var (refused, problem) = await api.SendAsync(HttpMethod.Post, "/api/interventions", input);
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Contains("styrelsens protokoll", problem.GetProperty("errors").GetProperty("decisionParagraphId")[0].GetString(), StringComparison.Ordinal);
    }
}
