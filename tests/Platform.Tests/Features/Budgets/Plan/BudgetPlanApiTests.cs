using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Budgets.Model;
using Platform.Features.Integrations;
using Platform.Features.Members;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Features.Board;
using Platform.Tests.Features.Fees.Invoicing;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Budgets.Plan;

/// <summary>The budget through its API: SUVS's paper entered and adopted by an integration, fee decisions feeding the lines until adoption, revision, and bad input.</summary>
public sealed class BudgetPlanApiTests(SharedPlatform shared) : IClassFixture<SharedPlatform>
{
    private readonly PlatformFactory platform = shared.Platform;

    private static readonly string[] Sums = ["income", "costs", "result", "openingBalance", "closingBalance"];

    private async Task<HttpClient> WriterAsync(TenantInfo tenant)
    {
        await using (var scope = platform.Services.CreateAsyncScope())
        {
            var clients = scope.ServiceProvider.GetRequiredService<IntegrationClients>();
            await clients.RegisterConfidentialAsync(tenant.Id, $"{tenant.Slug}-ekonomi", "Ekonomisystem", null, "test", CancellationToken.None, "hemligt-1234");
            await clients.SetWriteAsync(tenant.Id, $"{tenant.Slug}-ekonomi", true, "test", CancellationToken.None);
        }
        var token = await platform.TokenAsync(PlatformFactory.HostOf(tenant), $"{tenant.Slug}-ekonomi", "hemligt-1234");
        var client = platform.ClientFor(PlatformFactory.HostOf(tenant));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<JsonElement> OkAsync(HttpClient client, HttpMethod method, string path, object? body = null)
    {
        var (status, json) = await client.SendAsync(method, path, body);
        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.Created, $"{method} {path}: {(int)status} {json}");
        return json;
    }

    private static Dictionary<string, JsonElement> Rows(JsonElement version) =>
        version.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!);

    private static object Row(JsonElement row, long? amount, long? forecast, long? plan1, long? plan2) =>
        new { itemId = row.GetProperty("itemId").GetString(), amount, forecast, plan1, plan2 };

    [Fact]
    public async Task Suvs_paper_entered_and_adopted_through_the_API_gives_the_stable_contracts_2022()
    {
        var tenant = await platform.ProvisionAsync("suvs-plan-api");
        var api = await WriterAsync(tenant);

        var created = await OkAsync(api, HttpMethod.Post, "/api/budgets", new { year = 2021, openingBalance = SuvsPaper.Opening2021 });
        Assert.Equal("förslag", created.GetProperty("state").GetString());
        Assert.Equal(["Nya insatser"], Rows(created).Keys);
        foreach (var line in SuvsPaper.Lines.Where(l => l.Name != "Nya insatser"))
            await OkAsync(api, HttpMethod.Post, "/api/budgets/2021/versions/1/items", new { group = line.Group.ToString(), heading = line.Heading, name = line.Name, indexed = line.Indexed });

        // 2021's budget and forecast, with next year's budget and plan as its plan (the indexed salaries left to the index after 2022).
        var rows = Rows(await OkAsync(api, HttpMethod.Get, "/api/budgets/2021/versions/1"));
        var lines = SuvsPaper.Lines.Select(l => Row(rows[l.Name], l.Budget2021, l.Forecast2021, l.Budget2022, l.Indexed ? null : l.Plan2023)).ToList();
        await OkAsync(api, HttpMethod.Put, "/api/budgets/2021/versions/1/rows", new { rows = lines });
        var adopted2021 = await OkAsync(api, HttpMethod.Post, "/api/budgets/2021/versions/1/adopt", new { adoptedOn = "2020-11-26" });
        Assert.Equal("fastställd", adopted2021.GetProperty("state").GetString());
        Assert.Equal(11_430_000, adopted2021.GetProperty("income").GetInt64());

        // 2022 starts from 2021's plan, shifted a year: its budget is entered already, the plan's first year too.
        var v2022 = await OkAsync(api, HttpMethod.Post, "/api/budgets", new { year = 2022 });
        var rows2022 = Rows(v2022);
        Assert.All(SuvsPaper.Lines, l => Assert.Equal(l.Budget2022, rows2022[l.Name].GetProperty("amount").GetInt64()));
        Assert.All(SuvsPaper.Lines.Where(l => !l.Indexed), l => Assert.Equal(l.Plan2023, rows2022[l.Name].GetProperty("plan1").GetInt64()));
        await OkAsync(api, HttpMethod.Put, "/api/budgets/2022/versions/1/rows", new
        {
            rows = SuvsPaper.Lines.Select(l => Row(rows2022[l.Name], l.Budget2022, null, l.Indexed ? null : l.Plan2023, l.Indexed ? null : l.Plan2024)).ToList(),
        });
        await OkAsync(api, HttpMethod.Post, "/api/budgets/2022/versions/1/adopt", new { adoptedOn = "2021-11-25" });

        var contract = await api.GetFromJsonAsync<JsonElement>("/api/budgets/2022");
        Assert.Equal("fastställd", contract.GetProperty("state").GetString());
        Assert.Equal("2021-11-25", contract.GetProperty("adoptedOn").GetString());
        Assert.Equal(
            [9_830_000, 11_889_000, -2_059_000, 2_382_650, 323_650],
            Sums.Select(p => contract.GetProperty(p).GetInt64()));
        var plan = contract.GetProperty("plan").EnumerateArray().Select(p => (p.GetProperty("costs").GetInt64(), p.GetProperty("closingBalance").GetInt64())).ToList();
        Assert.Equal([(6_913_780L, 339_870L), (6_854_356L, 415_514L)], plan);

        // Adopted: the budget columns are locked (409, nothing written), the forecast is not, and it moves 2022's opening.
        var ips = Rows(await OkAsync(api, HttpMethod.Get, "/api/budgets/2022/versions/1"))["IPS"];
        var (locked, _) = await api.SendAsync(HttpMethod.Put, "/api/budgets/2022/versions/1/rows", new { rows = new[] { Row(ips, 1, null, null, null) } });
        Assert.Equal(HttpStatusCode.Conflict, locked);
        var ips2021 = rows["IPS"];
        await OkAsync(api, HttpMethod.Put, "/api/budgets/2021/versions/1/rows", new { rows = new[] { Row(ips2021, 200_000, 70_000, 300_000, 0) } });
        var after = await api.GetFromJsonAsync<JsonElement>("/api/budgets/2022");
        Assert.Equal(2_482_650, after.GetProperty("openingBalance").GetInt64());
        Assert.Equal(-2_059_000, after.GetProperty("result").GetInt64());

        var list = await api.GetFromJsonAsync<JsonElement>("/api/budgets");
        Assert.Equal([(2022, "fastställd"), (2021, "fastställd")], list.EnumerateArray().Select(y => (y.GetProperty("year").GetInt32(), y.GetProperty("state").GetString()!)));
        var audit = await platform.AuditAsync(tenant);
        Assert.Equal(2, audit.Count(e => e.Event == AuditEvents.BudgetAdopted));
        Assert.Contains(audit, e => e.Event == AuditEvents.BudgetChanged && e.Subject == "Budget 2021 version 1" && e.Detail!.Contains("Prognosen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Member_lines_follow_the_fee_decision_until_adoption_freezes_them_and_a_revision_keeps_the_old_version()
    {
        var tenant = await platform.ProvisionAsync("suvs-plan-fees");
        var members = new Dictionary<string, Guid>();
        await platform.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            foreach (var (kind, name, population) in new[]
            {
                (MemberKind.Government, "Försäkringskassan", (int?)null), (MemberKind.EmploymentService, "Arbetsförmedlingen", null),
                (MemberKind.Region, "Region Stockholm", 2_450_000), (MemberKind.Municipality, "Sollentuna kommun", 76_000),
                (MemberKind.Municipality, "Upplands Väsby kommun", 49_000), (MemberKind.Municipality, "Sigtuna kommun", 53_000),
                (MemberKind.Municipality, "Gamla kommunen", 1_000),
            })
            {
                members[name] = Guid.NewGuid();
                db.Members.Add(new Member
                {
                    Id = members[name],
                    Kind = kind,
                    Name = name,
                    Population = population,
                    MemberFrom = new DateOnly(2015, 1, 1),
                    MemberTo = name == "Gamla kommunen" ? new DateOnly(2021, 12, 31) : null,
                });
            }
            await db.SaveChangesAsync();
        });
        await platform.AddPersonAsync(tenant, Roles.Admin, "kansli@suvs-plan-fees.test");
        var admin = await platform.ApiClientAsync(tenant, "kansli@suvs-plan-fees.test");

        // The year's members get a line each (not one who left before the year); no decision yet: nothing entered, zero.
        var v1 = await OkAsync(admin, HttpMethod.Post, "/api/budgets", new { year = 2022, openingBalance = "1 000 000" });
        var rows = Rows(v1);
        Assert.Contains("Medlemsavgift Sollentuna kommun", rows.Keys);
        Assert.DoesNotContain("Medlemsavgift Gamla kommunen", rows.Keys);
        Assert.Contains("Nya insatser", rows.Keys);
        var sollentuna = rows["Medlemsavgift Sollentuna kommun"];
        Assert.Equal("feeDecision", sollentuna.GetProperty("source").GetString());
        Assert.Equal(0, sollentuna.GetProperty("budgetValue").GetInt64());

        await OkAsync(admin, HttpMethod.Put, "/api/fee-decisions/2022", InvoicingTests.Decision(members));
        rows = Rows(await OkAsync(admin, HttpMethod.Get, "/api/budgets/2022/versions/1"));
        Assert.Equal(762_300, rows["Medlemsavgift Sollentuna kommun"].GetProperty("budgetValue").GetInt64());
        Assert.Equal(6_930_000, (await admin.GetFromJsonAsync<JsonElement>("/api/budgets/2022")).GetProperty("income").GetInt64());

        // The decision gives the number: entering it is refused beside the field, and nothing is written.
        var (refused, problem) = await admin.SendAsync(HttpMethod.Put, "/api/budgets/2022/versions/1/rows", new { rows = new[] { Row(sollentuna, 800_000, null, null, null) } });
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Contains("avgiftsbeslutet", problem.GetProperty("errors").GetProperty("rows[0].amount")[0].GetString(), StringComparison.Ordinal);

        await OkAsync(admin, HttpMethod.Post, "/api/budgets/2022/versions/1/adopt", new { adoptedOn = "2021-11-25" });
        await OkAsync(admin, HttpMethod.Put, "/api/fee-decisions/2022", InvoicingTests.Decision(members, total: 8_000_000));
        var frozen = await admin.GetFromJsonAsync<JsonElement>("/api/budgets/2022");
        Assert.Equal(6_930_000, frozen.GetProperty("income").GetInt64());

        // A revision: version 2 follows the new decision, version 1 stays in force until version 2 is adopted, then is kept as replaced.
        var v2 = await OkAsync(admin, HttpMethod.Post, "/api/budgets/2022/versions/1/revise");
        Assert.Equal(2, v2.GetProperty("version").GetInt32());
        Assert.Equal(8_000_000, v2.GetProperty("income").GetInt64());
        Assert.Equal(1, (await admin.GetFromJsonAsync<JsonElement>("/api/budgets/2022")).GetProperty("version").GetInt32());
        var (twice, _) = await admin.SendAsync(HttpMethod.Post, "/api/budgets/2022/versions/1/revise");
        Assert.Equal(HttpStatusCode.Conflict, twice);
        await OkAsync(admin, HttpMethod.Post, "/api/budgets/2022/versions/2/adopt", new { adoptedOn = "2022-03-10" });
        var revised = await admin.GetFromJsonAsync<JsonElement>("/api/budgets/2022");
        Assert.Equal(("reviderad", 2, 8_000_000L), (revised.GetProperty("state").GetString(), revised.GetProperty("version").GetInt32(), revised.GetProperty("income").GetInt64()));
        var old = await OkAsync(admin, HttpMethod.Get, "/api/budgets/2022/versions/1");
        Assert.Equal(("ersatt", 6_930_000L), (old.GetProperty("state").GetString(), old.GetProperty("income").GetInt64()));
        Assert.Equal(["ersatt", "reviderad"], old.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task Bad_input_gets_Swedish_field_errors_and_writes_nothing()
    {
        var tenant = await platform.ProvisionAsync("suvs-plan-bad");
        var api = await WriterAsync(tenant);

        var (status, problem) = await api.SendAsync(HttpMethod.Post, "/api/budgets", new { year = 1999 });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Ange ett år mellan 2000 och 2099.", problem.GetProperty("errors").GetProperty("year")[0].GetString());
        (status, problem) = await api.SendAsync(HttpMethod.Post, "/api/budgets", new { year = 2022, openingBalance = "mycket" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Ange beloppet i hela kronor, till exempel 225 000.", problem.GetProperty("errors").GetProperty("openingBalance")[0].GetString());
        Assert.Equal(0, (await api.GetFromJsonAsync<JsonElement>("/api/budgets")).GetArrayLength());

        var v1 = await OkAsync(api, HttpMethod.Post, "/api/budgets", new { year = 2022, openingBalance = 500_000 });
        (status, problem) = await api.SendAsync(HttpMethod.Post, "/api/budgets", new { year = 2022 });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("redan en budget för 2022", problem.GetProperty("errors").GetProperty("year")[0].GetString(), StringComparison.Ordinal);

        var reserve = Rows(v1)["Nya insatser"];
        await OkAsync(api, HttpMethod.Put, "/api/budgets/2022/versions/1/rows", new { rows = new[] { Row(reserve, 300_000, null, null, null) } });
        (status, problem) = await api.SendAsync(HttpMethod.Put, "/api/budgets/2022/versions/1/rows", new
        {
            openingBalance = "ett",
            rows = new object[]
            {
                new { itemId = reserve.GetProperty("itemId").GetString(), amount = "12,5", forecast = "tolv", plan1 = (long?)null, plan2 = (long?)null },
                new { itemId = Guid.NewGuid().ToString(), amount = 1 },
            },
        });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = problem.GetProperty("errors");
        Assert.Equal("Ange beloppet i hela kronor, till exempel 225 000.", errors.GetProperty("rows[0].amount")[0].GetString());
        Assert.True(errors.TryGetProperty("rows[0].forecast", out _));
        Assert.True(errors.TryGetProperty("openingBalance", out _));
        Assert.Equal("Raden finns inte i den här budgeten.", errors.GetProperty("rows[1].itemId")[0].GetString());
        var kept = await OkAsync(api, HttpMethod.Get, "/api/budgets/2022/versions/1");
        Assert.Equal((300_000L, 500_000L), (Rows(kept)["Nya insatser"].GetProperty("amount").GetInt64(), kept.GetProperty("openingBalance").GetInt64()));

        (status, problem) = await api.SendAsync(HttpMethod.Post, "/api/budgets/2022/versions/1/items", new { group = "Administration", name = "nya insatser" });
        Assert.Equal(HttpStatusCode.Created, status);
        (status, problem) = await api.SendAsync(HttpMethod.Post, "/api/budgets/2022/versions/1/items", new { group = "Interventions", name = "NYA INSATSER" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _));

        (status, problem) = await api.SendAsync(HttpMethod.Put, "/api/budgets/settings", new { salaryIndexPercent = "25", capitalCeilingPercent = "", memberReportMonth = 2, memberReportDay = 30 });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty("salaryIndexPercent", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("memberReportDay", out _));
        var settings = await OkAsync(api, HttpMethod.Put, "/api/budgets/settings", new { salaryIndexPercent = "2,5", capitalCeilingPercent = (string?)null, memberReportMonth = 3, memberReportDay = 15 });
        Assert.Equal(2.5m, settings.GetProperty("salaryIndexPercent").GetDecimal());

        var offers = await OkAsync(api, HttpMethod.Put, "/api/budgets/2022/offers", new { state = 5_438_000, region = "1 732 500", municipalities = 1_732_500 });
        Assert.Equal(6_930_000, offers.GetProperty("ceiling").GetProperty("total").GetInt64());
        Assert.Equal(["region", "municipalities"], offers.GetProperty("ceiling").GetProperty("cappedBy").EnumerateArray().Select(p => p.GetString()));
        (status, _) = await api.SendAsync(HttpMethod.Put, "/api/budgets/2022/offers", new { state = "fem miljoner" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(5_438_000, (await api.GetFromJsonAsync<JsonElement>("/api/budgets/2022/offers")).GetProperty("state").GetInt64());
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/budgets/2022/versions/7")).StatusCode);
    }
}
