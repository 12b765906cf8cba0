using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Fees;
using Platform.Features.Grants.Model;
using Platform.Features.Grants.Payments;
using Platform.Features.Integrations;
using Platform.Features.Shared;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Grants.Payments;

/// <summary>The payment rules of a grant on the fake clock (2026-11-23), the office's pages, the due list and its CSV, and the contract GET /api/grants.</summary>
public sealed class GrantPaymentTests : IDisposable
{
    private readonly PlatformFactory _platform = new();

    public void Dispose() => _platform.Dispose();

    private Task<GrantMoney> MoneyAsync(TenantInfo tenant, Guid id) =>
        _platform.InTenantAsync(tenant, async s => (await s.GetRequiredService<GrantPayments>().ReadAsync(id, CancellationToken.None))!);

    private Task<Outcome<PaymentView>> PayAsync(TenantInfo tenant, Guid id, Guid paymentId, string paidOn, string amount) =>
        _platform.InTenantAsync(tenant, s => s.GetRequiredService<GrantPayments>().PayAsync(id, paymentId, new PayInput { PaidOn = paidOn, Amount = amount }, "kansli@test", CancellationToken.None));

    private static PaymentStatus StatusOf(GrantMoney money, Guid paymentId) => money.Payments.Single(p => p.Id == paymentId).Status;

    [Fact]
    public async Task A_payment_is_planned_until_the_agreement_is_signed_and_ready_after()
    {
        var tenant = await _platform.ProvisionAsync("sundsvall");
        var g = await GrantExample.SeedAsync(_platform, tenant);
        var before = await MoneyAsync(tenant, g.Application);
        Assert.All(before.Payments, p => Assert.Equal(PaymentStatus.Planned, p.Status));
        Assert.Equal(600_000, before.TotalGranted);
        Assert.Equal(600_000, before.Planned);
        Assert.Equal(0, before.Remaining);

        await GrantExample.SignAsync(_platform, tenant, g.Application, new DateOnly(2026, 3, 1));
        var after = await MoneyAsync(tenant, g.Application);
        Assert.Equal(PaymentStatus.Ready, StatusOf(after, g.First2026));
        Assert.Equal(new DateOnly(2026, 3, 1), after.Payments.Single(p => p.Id == g.First2026).ConditionMetOn);
        // The rest waits for the annual report; 2027's first part for its first day.
        Assert.Equal(PaymentStatus.Planned, StatusOf(after, g.Rest2026));
        Assert.Equal(PaymentStatus.Planned, StatusOf(after, g.First2027));

        _platform.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 1, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal(PaymentStatus.Ready, StatusOf(await MoneyAsync(tenant, g.Application), g.First2027));
    }

    [Fact]
    public async Task The_rest_of_a_year_is_ready_only_after_the_board_has_approved_that_years_annual_report()
    {
        var tenant = await _platform.ProvisionAsync("sundsvall");
        var g = await GrantExample.SeedAsync(_platform, tenant, signedOn: new DateOnly(2026, 3, 1));
        await GrantExample.SetReportAsync(_platform, tenant, g.HalfYear2026, ReportState.Approved, new DateOnly(2026, 9, 1));
        Assert.Equal(PaymentStatus.Planned, StatusOf(await MoneyAsync(tenant, g.Application), g.Rest2026)); // a half-year report is not enough
        await GrantExample.SetReportAsync(_platform, tenant, g.Annual2026, ReportState.Reviewed);
        Assert.Equal(PaymentStatus.Planned, StatusOf(await MoneyAsync(tenant, g.Application), g.Rest2026));
        await GrantExample.SetReportAsync(_platform, tenant, g.Annual2026, ReportState.Approved, new DateOnly(2026, 11, 20));
        var money = await MoneyAsync(tenant, g.Application);
        Assert.Equal(PaymentStatus.Ready, StatusOf(money, g.Rest2026));
        Assert.Equal(PaymentStatus.Planned, StatusOf(money, g.Rest2027));
    }

    [Fact]
    public async Task Only_a_ready_payment_can_be_paid_never_in_the_future_and_never_beyond_the_grant()
    {
        var tenant = await _platform.ProvisionAsync("sundsvall");
        var g = await GrantExample.SeedAsync(_platform, tenant);

        var notReady = await PayAsync(tenant, g.Application, g.First2026, "2026-11-20", "100000");
        Assert.Equal(OutcomeKind.Conflict, notReady.Kind);

        await GrantExample.SignAsync(_platform, tenant, g.Application, new DateOnly(2026, 3, 1));
        var future = await PayAsync(tenant, g.Application, g.First2026, "2026-11-24", "100000");
        Assert.Equal(OutcomeKind.Invalid, future.Kind);
        Assert.Equal("Utbetalningsdagen kan inte vara senare än i dag.", future.Errors!["paidOn"][0]);

        // Everything granted is planned: the payment may not be larger than its own amount.
        var tooMuch = await PayAsync(tenant, g.Application, g.First2026, "2026-11-20", "100 001");
        Assert.Equal(OutcomeKind.Invalid, tooMuch.Kind);
        Assert.Equal($"Beloppet är större än det som återstår av beviljade medel ({Money.Kronor(100_000)}).", tooMuch.Errors!["amount"][0]);

        var notAmount = await PayAsync(tenant, g.Application, g.First2026, "2026-11-20", "12,50");
        Assert.Equal("Ange beloppet i hela kronor, till exempel 123 750.", notAmount.Errors!["amount"][0]);

        // Less than planned leaves money to plan; then a larger payment may use what remains, and no more.
        Assert.True((await PayAsync(tenant, g.Application, g.First2026, "2026-11-20", "90 000")).Succeeded);
        var money = await MoneyAsync(tenant, g.Application);
        Assert.Equal(90_000, money.Paid);
        Assert.Equal(500_000, money.Planned);
        Assert.Equal(10_000, money.Remaining);
        Assert.Equal(OutcomeKind.Conflict, (await PayAsync(tenant, g.Application, g.First2026, "2026-11-20", "90000")).Kind); // already paid

        await GrantExample.SetReportAsync(_platform, tenant, g.Annual2026, ReportState.Approved, new DateOnly(2026, 11, 20));
        var over = await PayAsync(tenant, g.Application, g.Rest2026, "2026-11-23", "110 001");
        Assert.Equal($"Beloppet är större än det som återstår av beviljade medel ({Money.Kronor(110_000)}).", over.Errors!["amount"][0]);
        Assert.True((await PayAsync(tenant, g.Application, g.Rest2026, "2026-11-23", "110 000")).Succeeded);
        money = await MoneyAsync(tenant, g.Application);
        Assert.Equal(200_000, money.Paid);
        Assert.Equal(0, money.Remaining);
        Assert.True(money.Paid + money.Planned <= money.TotalGranted);
        Assert.Contains(await _platform.AuditAsync(tenant), e => e.Event == AuditEvents.GrantPaymentChanged);
    }

    [Fact]
    public async Task A_payment_is_added_within_the_remaining_amount_for_a_granted_year_and_a_mistaken_payment_is_undone()
    {
        var tenant = await _platform.ProvisionAsync("sundsvall");
        var g = await GrantExample.SeedAsync(_platform, tenant, signedOn: new DateOnly(2026, 3, 1));
        await _platform.InTenantAsync(tenant, async s =>
        {
            var payments = s.GetRequiredService<GrantPayments>();
            var full = await payments.AddAsync(g.Application, new NewPaymentInput { Year = "2026", Amount = "1", Condition = "agreementSigned" }, CancellationToken.None);
            Assert.Equal($"Beloppet är större än det som återstår av beviljade medel ({Money.Kronor(0)}).", full.Errors!["amount"][0]);
        });
        Assert.True((await PayAsync(tenant, g.Application, g.First2026, "2026-11-20", "60000")).Succeeded);
        await _platform.InTenantAsync(tenant, async s =>
        {
            var payments = s.GetRequiredService<GrantPayments>();
            var wrongYear = await payments.AddAsync(g.Application, new NewPaymentInput { Year = "2028", Amount = "10000", Condition = "agreementSigned" }, CancellationToken.None);
            Assert.Equal("Välj ett av de beviljade åren (2026, 2027).", wrongYear.Errors!["year"][0]);
            var added = await payments.AddAsync(g.Application, new NewPaymentInput { Year = "2026", Amount = "40 000", Condition = "agreementSigned" }, CancellationToken.None);
            Assert.True(added.Succeeded);
            Assert.Equal(PaymentStatus.Ready, added.Value!.Status);
            Assert.Equal(3, added.Value.Order);

            var undone = await payments.UndoAsync(g.Application, g.First2026, CancellationToken.None);
            Assert.Equal(PaymentStatus.Ready, undone.Value!.Status);
            Assert.Equal(OutcomeKind.Conflict, (await payments.UndoAsync(g.Application, g.First2026, CancellationToken.None)).Kind);
        });
        var money = await MoneyAsync(tenant, g.Application);
        Assert.Equal(0, money.Paid);
        Assert.Equal(600_000, money.Planned);
        Assert.Equal(0, money.Remaining);
    }

    [Fact]
    public async Task The_office_pays_through_the_page_with_the_error_beside_the_field_and_undoes_after_confirming()
    {
        var tenant = await _platform.ProvisionAsync("sundsvall");
        var g = await GrantExample.SeedAsync(_platform, tenant, signedOn: new DateOnly(2026, 3, 1));
        var admin = await _platform.SignedInAsync(tenant);
        var page = $"/ansokningar/{g.Application}/utbetalningar";
        var list = WebUtility.HtmlDecode(await admin.GetStringAsync(page));
        Assert.Contains("Återstår att planera", list, StringComparison.Ordinal);
        Assert.Contains("Klar att betala", list, StringComparison.Ordinal);

        var paymentPage = $"{page}/{g.First2026}";
        var (status, text) = await admin.PostPageAsync(paymentPage, $"{paymentPage}?handler=Pay", ("Pay.PaidOn", "2026-11-20"), ("Pay.Amount", "150000"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains($"Beloppet är större än det som återstår av beviljade medel ({Money.Kronor(100_000)}).", text, StringComparison.Ordinal);
        Assert.Contains("value=\"150000\"", text, StringComparison.Ordinal); // nothing typed is lost

        using var paid = await admin.PostFormAsync(paymentPage, $"{paymentPage}?handler=Pay", ("Pay.PaidOn", "2026-11-20"), ("Pay.Amount", "100 000"));
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        Assert.Equal(PaymentStatus.Paid, StatusOf(await MoneyAsync(tenant, g.Application), g.First2026));

        Assert.Contains("Ja, ångra utbetalningen", await admin.GetStringAsync(paymentPage), StringComparison.Ordinal);
        using var undone = await admin.PostFormAsync(paymentPage, $"{paymentPage}?handler=Undo");
        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        Assert.Equal(PaymentStatus.Ready, StatusOf(await MoneyAsync(tenant, g.Application), g.First2026));

        // A board member reads the payments but may not pay.
        var board = await _platform.SignedInAsync(tenant, Roles.Board);
        Assert.Equal(HttpStatusCode.OK, (await board.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await board.GetAsync(paymentPage)).StatusCode); // to the access-denied page
    }

    [Fact]
    public async Task The_due_list_shows_the_ready_payments_across_grants_and_downloads_as_a_swedish_csv()
    {
        var tenant = await _platform.ProvisionAsync("sundsvall");
        var signed = await GrantExample.SeedAsync(_platform, tenant, number: 1, signedOn: new DateOnly(2026, 3, 1));
        await GrantExample.SeedAsync(_platform, tenant, number: 2); // not signed: nothing due
        var admin = await _platform.SignedInAsync(tenant);

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync("/ansokningar/utbetalningar"));
        Assert.Contains("Sundsvalls kommun", html, StringComparison.Ordinal);
        Assert.Contains("5050-1055", html, StringComparison.Ordinal);
        Assert.Contains("2026-03-01", html, StringComparison.Ordinal);
        Assert.Contains($"/ansokningar/{signed.Application}/utbetalningar", html, StringComparison.Ordinal);

        using var csv = await admin.GetAsync("/ansokningar/utbetalningar.csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Ansökan;Insats;Mottagare;Kontotyp;Konto;År;Belopp (kr);Villkor;Villkoret uppfyllt", lines[0]);
        Assert.Equal("1;Arbetsmarknadstorget 1;Sundsvalls kommun;Bankgiro;5050-1055;2026;100000;När avtalet är tecknat;2026-03-01", lines[1]);
        Assert.Equal(2, lines.Length);

        var due = await admin.GetFromJsonAsync<JsonElement>("/api/grants/payments/due");
        Assert.Equal(signed.First2026, due[0].GetProperty("paymentId").GetGuid());
        Assert.Equal(1, due.GetArrayLength());
    }

    [Fact]
    public async Task The_contract_lists_the_grants_with_an_integration_token_and_leaves_drafts_out()
    {
        var tenant = await _platform.ProvisionAsync("sundsvall");
        var g = await GrantExample.SeedAsync(_platform, tenant, number: 1, signedOn: new DateOnly(2026, 3, 1));
        await GrantExample.SeedAsync(_platform, tenant, number: 2, state: ApplicationState.Draft);
        await GrantExample.SeedAsync(_platform, tenant, number: 3, state: ApplicationState.InPreparation);
        Assert.True((await PayAsync(tenant, g.Application, g.First2026, "2026-03-10", "100000")).Succeeded);
        var host = PlatformFactory.HostOf(tenant);
        await using (var scope = _platform.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IntegrationClients>().RegisterConfidentialAsync(tenant.Id, "sundsvall-ekonomi", "Ekonomisystem", null, "test", CancellationToken.None, "sundsvall-secret");
        var integration = _platform.BearerClient(host, await _platform.TokenAsync(host, "sundsvall-ekonomi", "sundsvall-secret"));

        using var response = await integration.GetAsync("/api/grants");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var grants = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, grants.GetArrayLength());
        var granted = grants[0];
        Assert.Equal(g.Application, granted.GetProperty("id").GetGuid());
        Assert.Equal("Sundsvalls kommun", granted.GetProperty("applicant").GetString());
        Assert.Equal("granted", granted.GetProperty("state").GetString());
        Assert.Equal("""{"2026":200000,"2027":400000}""", granted.GetProperty("granted").GetRawText());
        var payments = granted.GetProperty("payments").EnumerateArray().ToList();
        Assert.Equal([100_000, 100_000, 200_000, 200_000], payments.Select(p => p.GetProperty("amount").GetInt64()));
        Assert.Equal(["paid", "planned", "planned", "planned"], payments.Select(p => p.GetProperty("status").GetString()));
        Assert.Equal("2026-03-10", payments[0].GetProperty("paidOn").GetString());
        Assert.Equal(JsonValueKind.Null, payments[1].GetProperty("paidOn").ValueKind);
        Assert.Equal(0, granted.GetProperty("remaining").GetInt64());
        var preparing = grants[1];
        Assert.Equal("inPreparation", preparing.GetProperty("state").GetString());
        Assert.Equal("{}", preparing.GetProperty("granted").GetRawText());

        Assert.Equal(HttpStatusCode.Unauthorized, (await _platform.ClientFor(host).GetAsync("/api/grants")).StatusCode);
    }

    [Fact]
    public async Task Another_associations_grant_and_payment_are_not_found()
    {
        var a = await _platform.ProvisionAsync("alfa");
        var b = await _platform.ProvisionAsync("beta");
        var theirs = await GrantExample.SeedAsync(_platform, b, signedOn: new DateOnly(2026, 3, 1));
        var admin = await _platform.SignedInAsync(a);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/grants/{theirs.Application}/payments")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/ansokningar/{theirs.Application}/utbetalningar")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/ansokningar/{theirs.Application}/utbetalningar/{theirs.First2026}")).StatusCode);
        Assert.Equal(OutcomeKind.NotFound, (await PayAsync(a, theirs.Application, theirs.First2026, "2026-11-20", "100000")).Kind);
    }
}
