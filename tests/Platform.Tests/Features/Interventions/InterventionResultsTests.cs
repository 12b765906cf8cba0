using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Integrations;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Interventions;

/// <summary>The results of an intervention through the API and the pages, against <see cref="ResultsExample"/> computed by hand.</summary>
public sealed class InterventionResultsTests : IDisposable
{
    private readonly PlatformFactory _platform = new();

    public void Dispose() => _platform.Dispose();

    private const string Period = "from=2025-01-01&to=2025-06-30";
    private static readonly string Url = $"/api/interventions/{ResultsExample.InterventionId}/results?{Period}";

    private async Task<TenantInfo> ExampleAsync()
    {
        var tenant = await _platform.ProvisionAsync("exempel");
        await ResultsExample.SeedAsync(_platform, tenant);
        return tenant;
    }

    private static int Int(JsonElement e, params string[] path)
    {
        foreach (var p in path) e = e.GetProperty(p);
        return e.GetInt32();
    }

    private static decimal? Dec(JsonElement e, params string[] path)
    {
        foreach (var p in path) e = e.GetProperty(p);
        return e.ValueKind == JsonValueKind.Null ? null : e.GetDecimal();
    }

    [Fact]
    public async Task The_results_of_the_hand_computed_example_are_exactly_as_worked_out()
    {
        var tenant = await ExampleAsync();
        var admin = await _platform.SignedInAsync(tenant);
        var r = await admin.GetFromJsonAsync<JsonElement>(Url);

        // Started (Start in the period), people: KOD-4711 (2nd episode, W), KOD-2 (M), KOD-3 (M), KOD-5 (W) = W2 M2;
        // plus the count 2025-01-01–03-31 (W1 M2); the count before and the one across `to` are left out. W3 M4 = 7.
        Assert.Equal(7, Int(r, "started"));
        Assert.Equal(3, Int(r, "startedByGender", "women"));
        Assert.Equal(4, Int(r, "startedByGender", "men"));
        // Active (an episode overlapping the period), people: KOD-4711 (two episodes, one person), KOD-2, KOD-3, KOD-5;
        // KOD-4 ended 2024-12-31. W2 M2 + count W2 M3 = W4 M5 = 9.
        Assert.Equal(9, Int(r, "active"));
        Assert.Equal(4, Int(r, "activeByGender", "women"));
        Assert.Equal(5, Int(r, "activeByGender", "men"));
        // Ended (End in the period), endings: KOD-4711 2025-02-28 work (W), KOD-3 2025-04-15 memberMeasure (M),
        // KOD-5 2025-06-30 studies (W); KOD-2 ends after `to`. W2 M1 + count work M1, other W1 = W3 M2 = 5.
        Assert.Equal(5, Int(r, "ended"));
        Assert.Equal(3, Int(r, "endedByGender", "women"));
        Assert.Equal(2, Int(r, "endedByGender", "men"));
        var byReason = r.GetProperty("endedByReason");
        Assert.Equal(2, Int(byReason, "work"));           // 1 record + 1 counted
        Assert.Equal(1, Int(byReason, "studies"));
        Assert.Equal(1, Int(byReason, "memberMeasure"));
        Assert.Equal(1, Int(byReason, "other"));          // counted
        Assert.Equal(0, Int(byReason, "backToReferrer"));
        Assert.Equal(0, Int(byReason, "discontinued"));
        // Groups: work or studies 3 of 5 = 60,0 %; member measure 1 = 20,0 %; other 1 = 20,0 %.
        var groups = r.GetProperty("endGroups").EnumerateArray().ToList();
        Assert.Equal([3, 1, 1], groups.Select(g => Int(g, "total")));
        Assert.Equal([60.0m, 20.0m, 20.0m], groups.Select(g => Dec(g, "share")!.Value));

        // Days in the intervention, both ends counted, for the three ended records:
        // KOD-4711 2024-10-02–2025-02-28 = 30+30+31+31+28 = 150; KOD-5 2025-02-01–06-30 = 28+31+30+31+30 = 150;
        // KOD-3 2025-01-15–04-15 = 17+28+31+15 = 91. Women (150+150)/2 = 150; men 91; all 391/3 = 130,3.
        Assert.Equal(150m, Dec(r, "averageDays", "women"));
        Assert.Equal(91m, Dec(r, "averageDays", "men"));
        Assert.Equal(130.3m, Dec(r, "averageDays", "all"));
        Assert.Equal("Kvinnor är i genomsnitt 59 dagar längre i insatsen än män.", r.GetProperty("daysDifference").GetString());
        // Activity hours in the months January–June 2025, per person: KOD-4711 40+40 (December 2024 left out) + 20+20 = 120;
        // KOD-5 30+30 = 60; KOD-2 4 × 100 (July left out) = 400; KOD-3 none. Women (120+60)/2 = 90; men 400; all 580/3 = 193,3.
        Assert.Equal(90m, Dec(r, "averageActivityHours", "women"));
        Assert.Equal(400m, Dec(r, "averageActivityHours", "men"));
        Assert.Equal(193.3m, Dec(r, "averageActivityHours", "all"));
        Assert.Equal("Män har i genomsnitt 310 timmar fler än kvinnor.", r.GetProperty("hoursDifference").GetString());

        // Active on 2025-06-30 by home municipality that day: KOD-4711 moved to Sunnby on 06-01; KOD-5 moved to Sunnby on 03-01
        // and ended on 06-30 (still active that day); KOD-2 in Norrby. Norrby 1, Sunnby 2. Population 30 000 / 10 000: 75 % / 25 %.
        var municipalities = r.GetProperty("activeByMunicipality");
        Assert.Equal(1, Int(municipalities, "Norrby kommun"));
        Assert.Equal(2, Int(municipalities, "Sunnby kommun"));
        var norrby = r.GetProperty("municipalities").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "Norrby kommun");
        Assert.Equal(33.3m, Dec(norrby, "activeShare"));
        Assert.Equal(75.0m, Dec(norrby, "populationShare"));

        // Referring party of those who started: Försäkringskassan KOD-4711 (W) and KOD-3 (M); Norrby KOD-2 (M); Sunnby KOD-5 (W).
        var parties = r.GetProperty("referringParties").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => Int(p, "total"));
        Assert.Equal(new Dictionary<string, int> { ["Försäkringskassan"] = 2, ["Norrby kommun"] = 1, ["Sunnby kommun"] = 1 }, parties);

        // Support of the ended: försörjningsstöd → lön, försörjningsstöd → studiemedel, sjukpenning → (nothing entered) uppgift saknas.
        var support = r.GetProperty("support").EnumerateArray().Select(s => $"{s.GetProperty("atStart").GetString()}>{s.GetProperty("atEnd").GetString()}:{Int(s, "count")}").ToList();
        Assert.Equal(["SicknessBenefit>Unknown:1", "SocialAssistance>Salary:1", "SocialAssistance>StudentAid:1"], support.Order());

        // Goals: the computed share (60,0 % against 25) and the entered one from the period's follow-up (80 against 90, "bedöms kunna uppnås").
        var goals = r.GetProperty("goals").EnumerateArray().ToList();
        Assert.Equal(60.0m, Dec(goals[0], "value"));
        Assert.True(goals[0].GetProperty("targetMet").GetBoolean());
        Assert.Equal(80m, Dec(goals[1], "value"));
        Assert.Equal("Bedöms kunna uppnås", goals[1].GetProperty("statusLabel").GetString());

        // 2025: outcome 1 000 000 kr over the people active in 2025: 4 records (KOD-4 ended in 2024) + the counts wholly
        // inside 2025 (5 + 2) = 11; 1 000 000 / 11 = 90 909,09 → 90 909 kr.
        var year = r.GetProperty("years").EnumerateArray().Single();
        Assert.Equal(11, Int(year, "participants"));
        Assert.Equal(90_909, Int(year, "costPerParticipant"));
    }

    [Fact]
    public async Task The_age_bands_and_the_reasons_add_up_to_the_totals()
    {
        var tenant = await ExampleAsync();
        var admin = await _platform.SignedInAsync(tenant);
        var r = await admin.GetFromJsonAsync<JsonElement>(Url);
        var bands = r.GetProperty("byAgeBand").EnumerateArray().ToList();
        foreach (var (figure, total) in new[] { ("started", "started"), ("active", "active"), ("ended", "ended") })
            Assert.Equal(Int(r, total), bands.Sum(b => Int(b, figure, "total")));
        Assert.Equal(Int(r, "ended"), r.GetProperty("endedByReason").EnumerateObject().Sum(p => p.Value.GetInt32()));
        Assert.Equal(Int(r, "ended"), r.GetProperty("endGroups").EnumerateArray().Sum(g => Int(g, "total")));
        // Started at 2025 − birth year: KOD-4711 35 (30–39), KOD-2 65 (50–67), KOD-3 25 (25–29), KOD-5 40 (40–49); counts: unknown age.
        var started = bands.ToDictionary(b => b.GetProperty("band").GetString()!, b => Int(b, "started", "total"));
        Assert.Equal(new Dictionary<string, int> { ["15–24"] = 0, ["25–29"] = 1, ["30–39"] = 1, ["40–49"] = 1, ["50–67"] = 1, ["Ålder okänd (antal)"] = 3 }, started);
    }

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Board)]
    [InlineData(Roles.Auditor)]
    public async Task Admins_board_members_and_auditors_get_the_figures_and_the_pages_without_any_code(string role)
    {
        var tenant = await ExampleAsync();
        var client = await _platform.SignedInAsync(tenant, role);
        var api = await client.GetAsync(Url);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.DoesNotContain("KOD-", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var page in new[] { "resultat", "resultat/rapport" })
        {
            var response = await client.GetAsync($"/insatser/{ResultsExample.InterventionId}/{page}?fran=2025-01-01&till=2025-06-30");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("Exempelinsatsen", html, StringComparison.Ordinal);
            Assert.Contains("60,0 %", html, StringComparison.Ordinal);
            Assert.Contains("Män har i genomsnitt 310 timmar fler än kvinnor.", html, StringComparison.Ordinal);
            Assert.DoesNotContain("KOD-", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_integration_token_reads_the_figures_and_a_person_without_a_figures_role_does_not()
    {
        var tenant = await ExampleAsync();
        var host = PlatformFactory.HostOf(tenant);
        await using (var scope = _platform.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IntegrationClients>().RegisterConfidentialAsync(tenant.Id, "exempel-integration", "Exempel", null, "test", CancellationToken.None, "exempel-secret");
        var integration = _platform.BearerClient(host, await _platform.TokenAsync(host, "exempel-integration", "exempel-secret"));
        var r = await integration.GetFromJsonAsync<JsonElement>(Url);
        Assert.Equal(5, Int(r, "ended"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await _platform.ClientFor(host).GetAsync(Url)).StatusCode);
    }

    [Theory]
    [InlineData("from=&to=2025-06-30", "from", "Ange startdatum (ÅÅÅÅ-MM-DD).")]
    [InlineData("to=2025-06-30", "from", "Ange startdatum (ÅÅÅÅ-MM-DD).")]
    [InlineData("from=2025-13-01&to=2025-06-30", "from", "Ange startdatum som ÅÅÅÅ-MM-DD, till exempel 2024-05-16.")]
    [InlineData("from=2025-01-01&to=30/6", "to", "Ange slutdatum som ÅÅÅÅ-MM-DD, till exempel 2024-05-16.")]
    [InlineData("from=2025-07-01&to=2025-06-30", "to", "Slutdatumet får inte vara före startdatumet.")]
    public async Task Missing_or_wrong_dates_are_refused_with_a_swedish_field_error(string query, string field, string message)
    {
        var tenant = await ExampleAsync();
        var admin = await _platform.SignedInAsync(tenant);
        var response = await admin.GetAsync($"/api/interventions/{ResultsExample.InterventionId}/results?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(message, errors.GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task An_unknown_intervention_is_not_found()
    {
        var tenant = await ExampleAsync();
        var admin = await _platform.SignedInAsync(tenant);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/interventions/{Guid.NewGuid()}/results?{Period}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/insatser/{Guid.NewGuid()}/resultat")).StatusCode);
    }

    [Fact]
    public async Task The_page_shows_a_wrong_period_beside_the_field_and_no_figures()
    {
        var tenant = await ExampleAsync();
        var admin = await _platform.SignedInAsync(tenant);
        var html = await admin.GetStringAsync($"/insatser/{ResultsExample.InterventionId}/resultat?fran=2025-07-01&till=2025-06-30");
        Assert.Contains("Slutdatumet får inte vara före startdatumet.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("tabell-deltagare", html, StringComparison.Ordinal);
    }
}
