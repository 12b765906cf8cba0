using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Fees;
using Platform.Features.Fees.Invoicing;
using Platform.Features.Fees.Model;
using Platform.Features.Fees.Payments;
using Platform.Features.Integrations;
using Platform.Features.Members;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Features.Board;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Fees.Invoicing;

/// <summary>Fee decisions, invoicing, credit notes, payments and reminders through the API and the job, on real tenant databases.</summary>
public sealed class InvoicingTests : IDisposable
{
    private readonly PlatformFactory _platform = new();
    private const string Bankgiro = "991-2346";

    public void Dispose() => _platform.Dispose();

    /// <summary>SUVS's members, invoicing settings and an admin; returns the admin's API client and the member ids by name.</summary>
    private Task<(TenantInfo Tenant, HttpClient Admin, Dictionary<string, Guid> Members)> SuvsAsync() => SuvsAsync(_platform);

    /// <summary>SUVS's members, invoicing settings and an admin on <paramref name="platform"/>.</summary>
    internal static async Task<(TenantInfo Tenant, HttpClient Admin, Dictionary<string, Guid> Members)> SuvsAsync(PlatformFactory platform)
    {
        var tenant = await platform.ProvisionAsync("suvs", "Samordningsförbundet Sollentuna-Upplands Väsby-Sigtuna");
        var members = new Dictionary<string, Guid>();
        await platform.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            foreach (var (kind, name, population, organisationNumber) in new[]
            {
                (MemberKind.Government, "Försäkringskassan", (int?)null, "202100-5521"), (MemberKind.EmploymentService, "Arbetsförmedlingen", null, "202100-2114"),
                (MemberKind.Region, "Region Stockholm", 2_450_000, "232100-0016"), (MemberKind.Municipality, "Sollentuna kommun", 76_000, "212000-5422"),
                (MemberKind.Municipality, "Upplands Väsby kommun", 49_000, "212000-5497"), (MemberKind.Municipality, "Sigtuna kommun", 53_000, "212000-5562"),
            })
            {
                var id = Guid.NewGuid();
                members[name] = id;
                db.Members.Add(new Member { Id = id, Kind = kind, Name = name, OrganisationNumber = organisationNumber, Population = population, InvoiceEmail = $"faktura@{name.Split(' ')[0].ToLowerInvariant()}.example", InvoiceReference = $"REF-{name[..3]}", MemberFrom = new DateOnly(2015, 1, 1) });
            }
            await db.SaveChangesAsync();
        });
        await platform.AddPersonAsync(tenant, Roles.Admin, "kansli@suvs.test");
        var admin = await platform.ApiClientAsync(tenant, "kansli@suvs.test");
        var (status, body) = await admin.SendAsync(HttpMethod.Put, "/api/fee-settings", new
        {
            schedule = "Quarterly",
            invoiceDay = 15,
            daysToPay = 30,
            vatPercent = 0,
            reminderDays = 10,
            reminderLevels = 2,
            joinLeaveRule = "ProRataMonths",
            firstInvoiceNumber = 1001,
            organisationNumber = "222000-1016",
            bankgiro = Bankgiro,
            street = "Box 101",
            postalCode = "19121",
            city = "Sollentuna",
        });
        Assert.True(status == HttpStatusCode.OK, body.ToString());
        return (tenant, admin, members);
    }

    internal static object Decision(Dictionary<string, Guid> members, long total = 6_930_000, decimal sigtuna = 29) => new
    {
        total,
        municipalitySplit = "Fixed",
        regionSplit = "Population",
        populationDate = "2021-12-31",
        decidedOn = "2021-11-12",
        reference = "Styrelsen 2021-11-12 § 45",
        weights = new object[]
        {
            new { memberId = members["Sollentuna kommun"], percent = 44m },
            new { memberId = members["Upplands Väsby kommun"], percent = 27m },
            new { memberId = members["Sigtuna kommun"], percent = sigtuna },
        },
    };

    private Task<InvoicingRun> RunAsync(TenantInfo tenant, DateOnly? asOf = null) =>
        _platform.InTenantAsync(tenant, s => s.GetRequiredService<InvoiceIssuer>().RunAsync(asOf ?? new DateOnly(2026, 11, 23), "test", CancellationToken.None));

    private Task<List<Invoice>> InvoicesAsync(TenantInfo tenant) =>
        _platform.InTenantAsync(tenant, s => s.GetRequiredService<TenantDb>().Invoices.AsNoTracking().OrderBy(i => i.Number).ToListAsync());

    [Fact]
    public async Task The_SUVS_decision_through_the_API_gives_the_seed_figures_and_a_wrong_split_gets_a_field_error_and_changes_nothing()
    {
        var (_, admin, members) = await SuvsAsync();
        var (status, saved) = await admin.SendAsync(HttpMethod.Put, "/api/fee-decisions/2022", Decision(members));
        Assert.True(status == HttpStatusCode.OK, saved.ToString());

        var decision = await admin.GetFromJsonAsync<JsonElement>("/api/fee-decisions/2022");
        Assert.Equal(2022, decision.GetProperty("year").GetInt32());
        Assert.Equal(6_930_000, decision.GetProperty("total").GetInt64());
        var amounts = decision.GetProperty("allocations").EnumerateArray().ToDictionary(a => a.GetProperty("member").GetString()!, a => a.GetProperty("amount").GetInt64());
        Assert.Equal(new Dictionary<string, long>
        {
            ["Försäkringskassan"] = 3_465_000,
            ["Region Stockholm"] = 1_732_500,
            ["Sollentuna kommun"] = 762_300,
            ["Upplands Väsby kommun"] = 467_775,
            ["Sigtuna kommun"] = 502_425,
        }, amounts);

        // 44 + 27 + 28 = 99 %: refused beside the field, and the saved decision stands.
        var (refused, problem) = await admin.SendAsync(HttpMethod.Put, "/api/fee-decisions/2022", Decision(members, total: 7_000_000, sigtuna: 28));
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Contains("100 %", problem.GetProperty("errors").GetProperty("municipalitySplit")[0].GetString(), StringComparison.Ordinal);
        var (missing, noTotal) = await admin.SendAsync(HttpMethod.Put, "/api/fee-decisions/2022", new { municipalitySplit = "Sometimes" });
        Assert.Equal(HttpStatusCode.BadRequest, missing);
        Assert.True(noTotal.GetProperty("errors").TryGetProperty("total", out _));
        Assert.True(noTotal.GetProperty("errors").TryGetProperty("municipalitySplit", out _));
        Assert.Equal(6_930_000, (await admin.GetFromJsonAsync<JsonElement>("/api/fee-decisions/2022")).GetProperty("total").GetInt64());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/fee-decisions/2019")).StatusCode);
    }

    [Fact]
    public async Task The_job_run_twice_and_two_runs_at_once_give_each_member_one_invoice_per_period()
    {
        var (tenant, admin, members) = await SuvsAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(HttpMethod.Put, "/api/fee-decisions/2026", Decision(members))).Status);

        // Q1 on its invoice day: five payers (Arbetsförmedlingen pays through Försäkringskassan).
        Assert.Equal(5, (await RunAsync(tenant, new DateOnly(2026, 1, 15))).Created);
        Assert.Equal(0, (await RunAsync(tenant, new DateOnly(2026, 1, 15))).Created);
        // Two runs at the same moment, on separate connections, for the rest of the year.
        var runs = await Task.WhenAll(RunAsync(tenant), RunAsync(tenant), RunAsync(tenant));
        Assert.Equal(15, runs.Sum(r => r.Created));
        Assert.Equal(0, (await RunAsync(tenant)).Created);
        // The API's button does the same.
        var again = await admin.PostOkAsync("/api/invoicing/run", new { });
        Assert.Equal(0, again.GetProperty("created").GetInt32());

        var invoices = await InvoicesAsync(tenant);
        Assert.Equal(20, invoices.Count);
        Assert.Equal(20, invoices.Select(i => (i.MemberId, i.Period)).Distinct().Count());
        Assert.Equal(Enumerable.Range(1001, 20), invoices.Select(i => i.Number));
        Assert.All(invoices, i => Assert.True(Ocr.IsValid(i.Ocr), i.Ocr));
        Assert.Equal(6_930_000_00, invoices.Sum(i => i.Total));
        Assert.Equal(20, (await _platform.OutboxAsync(tenant)).Count(m => m.CorrelationKey.StartsWith("faktura:", StringComparison.Ordinal)));
        Assert.DoesNotContain(invoices, i => i.MemberId == members["Arbetsförmedlingen"]);

        // The contract: the year's invoices with number, member, period, amount, OCR, dates and status.
        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/invoices?year=2026");
        var first = listed.EnumerateArray().Single(i => i.GetProperty("number").GetInt32() == 1001);
        Assert.Equal("Försäkringskassan", first.GetProperty("member").GetString());
        Assert.Equal(members["Försäkringskassan"], first.GetProperty("memberId").GetGuid());
        Assert.Equal("2026-Q1", first.GetProperty("period").GetString());
        Assert.Equal(866_250m, first.GetProperty("amount").GetDecimal());
        Assert.Equal(Ocr.For(1001), first.GetProperty("ocr").GetString());
        Assert.Equal("2026-01-15", first.GetProperty("invoiceDate").GetString());
        Assert.Equal("2026-02-14", first.GetProperty("dueDate").GetString());
        Assert.Equal("Overdue", first.GetProperty("status").GetString());

        // While invoices stand, the decision cannot change under them.
        Assert.Equal(HttpStatusCode.Conflict, (await admin.SendAsync(HttpMethod.Put, "/api/fee-decisions/2026", Decision(members, total: 7_000_000))).Status);
    }

    [Fact]
    public async Task A_credit_note_with_reissue_lets_the_next_run_make_one_new_invoice_and_an_invoice_is_credited_once()
    {
        var (tenant, admin, members) = await SuvsAsync();
        await admin.SendAsync(HttpMethod.Put, "/api/fee-decisions/2026", Decision(members));
        await RunAsync(tenant);
        var original = (await InvoicesAsync(tenant)).First(i => i.MemberId == members["Sigtuna kommun"] && i.Period == "2026-Q4");

        var (noReason, problem) = await admin.SendAsync(HttpMethod.Post, $"/api/invoices/{original.Id}/credit", new { reason = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason);
        Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _));

        var credit = await admin.PostOkAsync($"/api/invoices/{original.Id}/credit", new { reason = "Fel referens hos kommunen", reissue = true });
        Assert.Equal("CreditNote", credit.GetProperty("kind").GetString());
        Assert.Equal(-original.Net, credit.GetProperty("net").GetInt64());
        Assert.Equal(HttpStatusCode.Conflict, (await admin.SendAsync(HttpMethod.Post, $"/api/invoices/{original.Id}/credit", new { reason = "Igen" })).Status);

        Assert.Equal(1, (await RunAsync(tenant)).Created);
        Assert.Equal(0, (await RunAsync(tenant)).Created);
        var sigtunaQ4 = (await InvoicesAsync(tenant)).Where(i => i.MemberId == members["Sigtuna kommun"] && i.Period == "2026-Q4").ToList();
        Assert.Equal([InvoiceKind.Invoice, InvoiceKind.CreditNote, InvoiceKind.Invoice], sigtunaQ4.Select(i => i.Kind));
        Assert.Equal(original.Net, sigtunaQ4[2].Net);
        Assert.Equal(original.Ocr, sigtunaQ4[0].Ocr); // the original is untouched

        var view = await admin.GetFromJsonAsync<JsonElement>($"/api/invoices/{original.Id}");
        Assert.Equal("Credited", view.GetProperty("status").GetString());
        var pdf = await admin.GetAsync($"/api/invoices/{credit.Id()}/pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var xml = await admin.GetStringAsync($"/api/invoices/{credit.Id()}/e-invoice");
        Assert.Contains("<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>", xml, StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> UploadAsync(HttpClient admin, byte[] file, string name = "BgMax.txt")
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(file), "file", name);
        using var response = await admin.PostAsync("/api/payments/bgmax", form);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    [Fact]
    public async Task A_BgMax_file_is_matched_by_OCR_shows_what_did_not_match_and_is_never_imported_twice()
    {
        var (tenant, admin, members) = await SuvsAsync();
        await admin.SendAsync(HttpMethod.Put, "/api/fee-decisions/2026", Decision(members));
        await RunAsync(tenant, new DateOnly(2026, 1, 15));
        var invoices = await InvoicesAsync(tenant);
        var fk = invoices.Single(i => i.MemberId == members["Försäkringskassan"]);
        var sollentuna = invoices.Single(i => i.MemberId == members["Sollentuna kommun"]);
        var sigtuna = invoices.Single(i => i.MemberId == members["Sigtuna kommun"]);

        var file = BgMax.Write("2026020109300000000", Bankgiro,
        [
            (new DateOnly(2026, 2, 1), [(fk.Ocr!, fk.Total, "Försäkringskassan"), (sollentuna.Ocr!, 100_000_00, "Sollentuna kommun"), ("99999", 5_000_00, "Okänd")]),
            (new DateOnly(2026, 2, 2), [(sigtuna.Ocr!, sigtuna.Total + 1_00, "Sigtuna kommun")]),
        ]);
        var (status, result) = await UploadAsync(admin, file);
        Assert.True(status == HttpStatusCode.Created, result.ToString());
        Assert.Equal(4, result.GetProperty("payments").GetInt32());
        Assert.Equal(3, result.GetProperty("matched").GetInt32());
        var unmatched = Assert.Single(result.GetProperty("unmatched").EnumerateArray());
        Assert.Equal("99999", unmatched.GetProperty("reference").GetString());

        var statuses = (await admin.GetFromJsonAsync<JsonElement>("/api/invoices?year=2026")).EnumerateArray()
            .ToDictionary(i => i.GetProperty("number").GetInt32(), i => (Status: i.GetProperty("status").GetString(), Paid: i.GetProperty("paid").GetDecimal()));
        Assert.Equal(("Paid", fk.Total / 100m), statuses[fk.Number]);
        Assert.Equal(("Overdue", 100_000m), statuses[sollentuna.Number]); // partly paid, and late for the rest
        Assert.Equal(("Overpaid", sigtuna.Total / 100m + 1), statuses[sigtuna.Number]);

        // The same file again, even renamed: refused, nothing added.
        var (again, problem) = await UploadAsync(admin, file, "kopia.txt");
        Assert.Equal(HttpStatusCode.Conflict, again);
        Assert.Contains("redan inläst", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // Another association's bankgiro, and a broken file: field errors.
        var (otherBankgiro, wrong) = await UploadAsync(admin, BgMax.Write("2026020209300000000", "5050-0008", [(new DateOnly(2026, 2, 2), [(fk.Ocr!, 1_00, null)])]));
        Assert.Equal(HttpStatusCode.BadRequest, otherBankgiro);
        Assert.Contains("5050-0008", wrong.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        var (broken, brokenProblem) = await UploadAsync(admin, file[..^82]); // without the end record
        Assert.Equal(HttpStatusCode.BadRequest, broken);
        Assert.Contains("slutpost", brokenProblem.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        var count = await _platform.InTenantAsync(tenant, s => s.GetRequiredService<TenantDb>().Payments.CountAsync());
        Assert.Equal(4, count);

        // Matching the stray payment by hand.
        var paymentId = unmatched.GetProperty("id").GetString();
        var (matched, _) = await admin.SendAsync(HttpMethod.Put, $"/api/payments/{paymentId}/invoice", new { invoice = sollentuna.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.OK, matched);
        var after = await admin.GetFromJsonAsync<JsonElement>($"/api/invoices/{sollentuna.Id}");
        Assert.Equal(105_000m, after.GetProperty("paid").GetDecimal());
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>("/api/fee-overview/2026")).GetProperty("unmatchedPayments").GetInt32());

        // A manual payment: a wrong amount is a field error; a right one pays the rest.
        var (badAmount, _) = await admin.SendAsync(HttpMethod.Post, "/api/payments", new { invoice = sollentuna.Ocr, amount = -5m, paidOn = "2026-02-03" });
        Assert.Equal(HttpStatusCode.BadRequest, badAmount);
        await admin.PostOkAsync("/api/payments", new { invoice = sollentuna.Ocr, amount = sollentuna.Total / 100m - 105_000m, paidOn = "2026-02-03" });
        Assert.Equal("Paid", (await admin.GetFromJsonAsync<JsonElement>($"/api/invoices/{sollentuna.Id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Reminders_go_once_per_invoice_and_level_after_the_due_date_and_not_to_those_who_paid()
    {
        var (tenant, admin, members) = await SuvsAsync();
        await admin.SendAsync(HttpMethod.Put, "/api/fee-decisions/2026", Decision(members));
        await RunAsync(tenant, new DateOnly(2026, 1, 15)); // due 2026-02-14; but invoices of the clock's day are not due yet
        var fk = (await InvoicesAsync(tenant)).Single(i => i.MemberId == members["Försäkringskassan"]);
        await admin.PostOkAsync("/api/payments", new { invoice = fk.Ocr, amount = fk.Total / 100m, paidOn = "2026-02-10" });
        Task<int> RemindAsync() => _platform.InTenantAsync(tenant, s => s.GetRequiredService<PaymentReminders>().SendAsync(CancellationToken.None));
        List<string> Keys(List<OutboxMessage> outbox) => outbox.Select(m => m.CorrelationKey).Where(k => k.StartsWith("paminnelse:", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

        // 2026-11-23 is long after 2026-02-14 + 2 × 10 days: only the highest level goes, once, to the four who have not paid.
        Assert.Equal(4, await RemindAsync());
        Assert.Equal(0, await RemindAsync());
        var keys = Keys(await _platform.OutboxAsync(tenant));
        Assert.Equal(4, keys.Count);
        Assert.All(keys, k => Assert.EndsWith(":2", k, StringComparison.Ordinal));
        Assert.DoesNotContain(keys, k => k.Contains(fk.Id.ToString("N"), StringComparison.Ordinal));

        // Q2–Q4, made on Q4's invoice day 2026-10-15 (catching up, so all dated that day): due 2026-11-14.
        // The first reminder ten days after, the second ten days later.
        Assert.Equal(15, (await RunAsync(tenant, new DateOnly(2026, 10, 15))).Created);
        Assert.Equal(0, await RemindAsync());
        _platform.Clock.Advance(TimeSpan.FromDays(1)); // 2026-11-24
        Assert.Equal(15, await RemindAsync());
        Assert.Equal(0, await RemindAsync());
        _platform.Clock.Advance(TimeSpan.FromDays(9));
        Assert.Equal(0, await RemindAsync());
        _platform.Clock.Advance(TimeSpan.FromDays(1)); // 2026-12-04
        Assert.Equal(15, await RemindAsync());
        Assert.Equal(0, await RemindAsync());
        var reminder = (await _platform.OutboxAsync(tenant)).First(m => m.CorrelationKey.StartsWith("paminnelse:", StringComparison.Ordinal));
        Assert.Contains("Påminnelse", reminder.Subject, StringComparison.Ordinal);
        Assert.Contains(Bankgiro, reminder.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_integration_client_reads_the_contract_auditors_read_invoices_and_the_board_reads_only_the_overview()
    {
        var (tenant, admin, members) = await SuvsAsync();
        await admin.SendAsync(HttpMethod.Put, "/api/fee-decisions/2026", Decision(members));
        await RunAsync(tenant);
        var host = PlatformFactory.HostOf(tenant);
        await using (var scope = _platform.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IntegrationClients>().RegisterConfidentialAsync(tenant.Id, "suvs-ekonomi", "Ekonomisystem", null, "test", CancellationToken.None, "suvs-secret");
        var integration = _platform.BearerClient(host, await _platform.TokenAsync(host, "suvs-ekonomi", "suvs-secret"));

        var decision = await integration.GetFromJsonAsync<JsonElement>("/api/fee-decisions/2026");
        var allocation = decision.GetProperty("allocations")[0];
        foreach (var field in new[] { "memberId", "member", "kind", "amount" }) Assert.True(allocation.TryGetProperty(field, out _), field);
        Assert.Equal("Government", allocation.GetProperty("kind").GetString());
        var invoices = await integration.GetFromJsonAsync<JsonElement>("/api/invoices?year=2026");
        Assert.Equal(20, invoices.GetArrayLength());
        foreach (var field in new[] { "number", "memberId", "member", "period", "amount", "ocr", "invoiceDate", "dueDate", "status" })
            Assert.True(invoices[0].TryGetProperty(field, out _), field);
        Assert.Equal(HttpStatusCode.Forbidden, (await integration.PostAsync("/api/invoicing/run", null)).StatusCode);

        await _platform.AddPersonAsync(tenant, Roles.Auditor, "revisor@suvs.test");
        var auditor = await _platform.ApiClientAsync(tenant, "revisor@suvs.test");
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/api/invoices?year=2026")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/avgifter/fakturor/" + invoices[0].GetProperty("id").GetString())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.SendAsync(HttpMethod.Put, "/api/fee-decisions/2026", Decision(members))).Status);

        await _platform.AddPersonAsync(tenant, Roles.Board, "ledamot@suvs.test");
        var board = await _platform.ApiClientAsync(tenant, "ledamot@suvs.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await board.GetAsync("/api/invoices?year=2026")).StatusCode);
        var overview = WebUtility.HtmlDecode(await board.GetStringAsync("/avgifter"));
        Assert.Contains("762 300 kr", overview.Replace('\u00a0', ' '), StringComparison.Ordinal);
        Assert.DoesNotContain("/avgifter/fakturor/", overview, StringComparison.Ordinal);
    }
}
