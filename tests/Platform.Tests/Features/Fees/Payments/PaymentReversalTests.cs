using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Fees.Invoicing;
using Platform.Features.Fees.Model;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Features.Board;
using Platform.Tests.Features.Fees.Invoicing;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Fees.Payments;

/// <summary>A wrongly registered payment is reversed, not deleted: after a confirmation, with a reason, once.</summary>
public sealed partial class PaymentReversalTests : IDisposable
{
    private readonly PlatformFactory _platform = new();

    public void Dispose() => _platform.Dispose();

    /// <summary>SUVS with its first-quarter invoices and a full payment of Sollentuna's, registered by hand.</summary>
    private async Task<(TenantInfo Tenant, HttpClient Admin, Invoice Invoice, string PaymentId)> PaidInvoiceAsync()
    {
        var (tenant, admin, members) = await InvoicingTests.SuvsAsync(_platform);
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(HttpMethod.Put, "/api/fee-decisions/2026", InvoicingTests.Decision(members))).Status);
        await _platform.InTenantAsync(tenant, s => s.GetRequiredService<InvoiceIssuer>().RunAsync(new DateOnly(2026, 1, 15), "test", CancellationToken.None));
        var invoice = await _platform.InTenantAsync(tenant, s => s.GetRequiredService<TenantDb>().Invoices.AsNoTracking().SingleAsync(i => i.MemberId == members["Sollentuna kommun"]));
        var payment = await admin.PostOkAsync("/api/payments", new { invoice = invoice.Ocr, amount = invoice.Total / 100m, paidOn = "2026-02-10" });
        Assert.Equal("Paid", await StatusAsync(admin, invoice));
        return (tenant, admin, invoice, payment.Id());
    }

    private static async Task<string?> StatusAsync(HttpClient client, Invoice invoice) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/invoices/{invoice.Id}")).GetProperty("status").GetString();

    [GeneratedRegex("data-valmsg-for=\"Reversal.Reason\"[^>]*>([^<]+)<")]
    private static partial Regex ReasonError();

    [Fact]
    public async Task The_office_reverses_a_payment_after_a_confirmation_with_a_reason_and_the_invoice_is_open_again_with_the_payment_still_listed()
    {
        var (tenant, admin, invoice, paymentId) = await PaidInvoiceAsync();
        var confirm = $"/avgifter/betalningar/{paymentId}/aterfor";

        // The invoice page offers it; the confirmation page asks first.
        Assert.Contains($"href=\"{confirm}\"", await admin.GetStringAsync($"/avgifter/fakturor/{invoice.Id}"), StringComparison.Ordinal);
        Assert.Contains($"href=\"{confirm}\"", await admin.GetStringAsync("/avgifter/betalningar"), StringComparison.Ordinal);
        var question = WebUtility.HtmlDecode(await admin.GetStringAsync(confirm));
        Assert.Contains("Är du säker?", question, StringComparison.Ordinal);
        Assert.Contains($"faktura {invoice.Number}", question, StringComparison.Ordinal);
        Assert.Equal("Paid", await StatusAsync(admin, invoice)); // asking changes nothing

        // Without a reason: refused beside the field.
        using var noReason = await admin.PostFormAsync(confirm, confirm, ("Reversal.Reason", " "));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("Ange varför betalningen återförs", WebUtility.HtmlDecode(ReasonError().Match(await noReason.Content.ReadAsStringAsync()).Groups[1].Value), StringComparison.Ordinal);
        Assert.Equal("Paid", await StatusAsync(admin, invoice));

        using var reversed = await admin.PostFormAsync(confirm, confirm, ("Reversal.Reason", "Registrerad två gånger"));
        Assert.Equal(HttpStatusCode.Redirect, reversed.StatusCode);
        Assert.Equal($"/avgifter/fakturor/{invoice.Id}?klart=aterford", reversed.Headers.Location?.OriginalString);

        // The invoice is open again (and past its due date); the payment is still there, marked.
        Assert.Equal("Overdue", await StatusAsync(admin, invoice));
        Assert.Equal(0m, (await admin.GetFromJsonAsync<JsonElement>($"/api/invoices/{invoice.Id}")).GetProperty("paid").GetDecimal());
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync($"/avgifter/fakturor/{invoice.Id}?klart=aterford"));
        Assert.Contains("Betalningen är återförd.", page, StringComparison.Ordinal);
        Assert.Contains("Återförd", page, StringComparison.Ordinal);
        Assert.Contains("Registrerad två gånger", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"{confirm}\"", page, StringComparison.Ordinal);
        var listed = (await admin.GetFromJsonAsync<JsonElement>("/api/payments?year=2026")).EnumerateArray().Single(p => p.Id() == paymentId);
        Assert.Equal("kansli@suvs.test", listed.GetProperty("reversedBy").GetString());
        Assert.Equal("Registrerad två gånger", listed.GetProperty("reversalReason").GetString());
        Assert.True(listed.GetProperty("isReversed").GetBoolean());

        // A second time (a double click, or an old tab): 409, nothing changes.
        using var again = await admin.PostFormAsync(confirm, confirm, ("Reversal.Reason", "Igen"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("redan återförd", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var audit = await _platform.AuditAsync(tenant);
        Assert.Single(audit, e => e.Event == AuditEvents.PaymentRegistered && e.Subject == $"Faktura {invoice.Number}");
        var entry = Assert.Single(audit, e => e.Event == AuditEvents.PaymentReversed);
        Assert.Equal(("kansli@suvs.test", $"Faktura {invoice.Number}"), (entry.Actor, entry.Subject));
        Assert.Contains("Registrerad två gånger", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_API_reverses_a_payment_once_with_a_reason_and_never_another_associations()
    {
        var (tenant, admin, invoice, paymentId) = await PaidInvoiceAsync();

        var (noReason, problem) = await admin.SendAsync(HttpMethod.Post, $"/api/payments/{paymentId}/reversal", new { reason = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason);
        Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _));

        var reversed = await admin.PostOkAsync($"/api/payments/{paymentId}/reversal", new { reason = "Fel faktura" });
        Assert.Equal("Fel faktura", reversed.GetProperty("reversalReason").GetString());
        Assert.Equal(invoice.Id, reversed.GetProperty("invoiceId").GetGuid()); // kept as it was
        Assert.Equal("Overdue", await StatusAsync(admin, invoice));

        var (twice, conflict) = await admin.SendAsync(HttpMethod.Post, $"/api/payments/{paymentId}/reversal", new { reason = "Igen" });
        Assert.Equal(HttpStatusCode.Conflict, twice);
        Assert.Contains("redan återförd", conflict.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var (rematch, _) = await admin.SendAsync(HttpMethod.Put, $"/api/payments/{paymentId}/invoice", new { invoice = invoice.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Conflict, rematch);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.SendAsync(HttpMethod.Post, $"/api/payments/{Guid.NewGuid()}/reversal", new { reason = "x" })).Status);

        // Another association's payment: not found from here, by the API and the page, and untouched.
        var other = await _platform.ProvisionAsync("annat", "Samordningsförbundet Annat");
        var theirs = Guid.NewGuid();
        await _platform.InTenantAsync(other, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            db.Payments.Add(new Payment { Id = theirs, Amount = 500, PaidOn = new DateOnly(2026, 2, 1), Source = PaymentSource.Manual, RegisteredBy = "annan@example.org" });
            await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.NotFound, (await admin.SendAsync(HttpMethod.Post, $"/api/payments/{theirs}/reversal", new { reason = "x" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/avgifter/betalningar/{theirs}/aterfor")).StatusCode);
        Assert.Null(await _platform.InTenantAsync(other, s => s.GetRequiredService<TenantDb>().Payments.Where(p => p.Id == theirs).Select(p => p.ReversedAt).SingleAsync()));

        // Only admins reverse.
        await _platform.AddPersonAsync(tenant, Roles.Auditor, "revisor@suvs.test");
        var auditor = await _platform.ApiClientAsync(tenant, "revisor@suvs.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.SendAsync(HttpMethod.Post, $"/api/payments/{paymentId}/reversal", new { reason = "x" })).Status);
    }

    [Fact]
    public async Task A_reversed_payment_does_not_stop_the_reminder()
    {
        var (tenant, admin, invoice, paymentId) = await PaidInvoiceAsync();
        Task<int> RemindAsync() => _platform.InTenantAsync(tenant, s => s.GetRequiredService<PaymentReminders>().SendAsync(CancellationToken.None));
        var before = await RemindAsync();
        await admin.PostOkAsync($"/api/payments/{paymentId}/reversal", new { reason = "Fel faktura" });
        Assert.Equal(1, await RemindAsync());
        Assert.Contains((await _platform.OutboxAsync(tenant)).Select(m => m.CorrelationKey), k => k.StartsWith($"paminnelse:{invoice.Id:N}", StringComparison.Ordinal));
        Assert.Equal(4, before); // the four unpaid ones; Sollentuna's was paid then
    }
}
