using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Fees.Invoicing;
using Platform.Features.Fees.Model;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Identity;
using Platform.Persistence;
using Platform.Tests.Features.Board;
using Platform.Tests.Features.Fees.Invoicing;
using Platform.Tests.Support;
using UglyToad.PdfPig;

namespace Platform.Tests.Features.Fees.Overview;

/// <summary>The invoicing run from the fees page: what it made, what went by email, when the next are due; and the invoice the member receives.</summary>
public sealed class InvoiceRunPageTests : IDisposable
{
    private readonly PlatformFactory _platform = new();

    public void Dispose() => _platform.Dispose();

    [Fact]
    public async Task The_run_in_the_page_says_how_many_invoices_it_made_and_emailed_when_the_next_are_due_and_which_could_not_be_emailed()
    {
        var (tenant, admin, members) = await InvoicingTests.SuvsAsync(_platform);
        // Sigtuna has no invoice email in the register.
        var (cleared, body) = await admin.SendAsync(HttpMethod.Put, $"/api/members/{members["Sigtuna kommun"]}", new { kind = "Municipality", name = "Sigtuna kommun", organisationNumber = "212000-5562", population = 53_000, memberFrom = "2015-01-01" });
        Assert.True(cleared == HttpStatusCode.OK, body.ToString());
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(HttpMethod.Put, "/api/fee-decisions/2026", InvoicingTests.Decision(members))).Status);

        // 2026-11-23: all four quarters are due for the five who pay; Sigtuna's four cannot be emailed.
        using var run = await admin.PostFormAsync("/avgifter?ar=2026", "/avgifter?ar=2026&handler=Run");
        Assert.Equal(HttpStatusCode.Redirect, run.StatusCode);
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(run.Headers.Location!)).Replace('\u00a0', ' ');
        Assert.Contains("Fakturakörningen är klar: 20 fakturor skapade, 16 skickade med e-post. 4 fakturor kunde inte skickas med e-post, se listan nedan.", page, StringComparison.Ordinal);
        Assert.Contains("Nästa fakturor skapas 2027-01-15 kl. 07.00 (Medlemsavgift 2027, kvartal 1), när det finns ett avgiftsbeslut för 2027.", page, StringComparison.Ordinal);
        Assert.Contains("Fakturor som inte har skickats med e-post (4)", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/medlemmar/{members["Sigtuna kommun"]}\"", page, StringComparison.Ordinal);
        var sigtuna = await _platform.InTenantAsync(tenant, s => s.GetRequiredService<TenantDb>().Invoices.AsNoTracking().Where(i => i.MemberId == members["Sigtuna kommun"]).ToListAsync());
        Assert.Equal(4, sigtuna.Count);
        Assert.All(sigtuna, i => Assert.Contains($"Faktura {i.Number}</a>, Sigtuna kommun", page, StringComparison.Ordinal));
        Assert.All(sigtuna, i => Assert.Null(i.EmailedAt));

        // Again: nothing new, and it says so.
        using var again = await admin.PostFormAsync("/avgifter?ar=2026", "/avgifter?ar=2026&handler=Run");
        var second = WebUtility.HtmlDecode(await admin.GetStringAsync(again.Headers.Location!));
        Assert.Contains("Fakturakörningen är klar: inga nya fakturor.", second, StringComparison.Ordinal);

        var audit = await _platform.AuditAsync(tenant);
        var issued = Assert.Single(audit, e => e.Event == AuditEvents.InvoicesIssued);
        Assert.Equal("kansli@suvs.test", issued.Actor);
        Assert.StartsWith("20 fakturor skapade, 16 skickade med e-post, 4 utan e-postadress", issued.Detail, StringComparison.Ordinal);
        var decision = Assert.Single(audit, e => e.Event == AuditEvents.FeeDecisionChanged);
        Assert.Equal("Avgiftsbeslut 2026", decision.Subject);
        Assert.Contains("6 930 000 kr", decision.Detail!.Replace('\u00a0', ' '), StringComparison.Ordinal);
        Assert.Single(audit, e => e.Event == AuditEvents.MemberChanged && e.Detail!.Contains("e-post för fakturor", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_invoice_goes_to_the_members_invoice_email_with_a_PDF_that_prints_its_postal_address_and_reference()
    {
        var (tenant, admin, members) = await InvoicingTests.SuvsAsync(_platform);
        var (saved, body) = await admin.SendAsync(HttpMethod.Put, $"/api/members/{members["Sollentuna kommun"]}", new
        {
            kind = "Municipality",
            name = "Sollentuna kommun",
            organisationNumber = "212000-0142",
            population = 76_000,
            memberFrom = "2015-01-01",
            invoiceEmail = "faktura@sollentuna.example",
            invoiceReference = "KS-4711",
            invoiceStreet = "Box 63",
            invoicePostalCode = "19121",
            invoiceCity = "Sollentuna",
        });
        Assert.True(saved == HttpStatusCode.OK, body.ToString());
        await admin.SendAsync(HttpMethod.Put, "/api/fee-decisions/2026", InvoicingTests.Decision(members));
        await _platform.InTenantAsync(tenant, s => s.GetRequiredService<InvoiceIssuer>().RunAsync(new DateOnly(2026, 1, 15), "test", CancellationToken.None));
        var invoice = await _platform.InTenantAsync(tenant, s => s.GetRequiredService<TenantDb>().Invoices.AsNoTracking().SingleAsync(i => i.MemberId == members["Sollentuna kommun"]));

        var message = await _platform.InTenantAsync(tenant, s => s.GetRequiredService<TenantDb>().OutboxMessages.AsNoTracking().Include(m => m.Attachments)
            .SingleAsync(m => m.CorrelationKey == $"faktura:{invoice.Id:N}"));
        Assert.Contains("faktura@sollentuna.example", message.To, StringComparison.Ordinal);
        Assert.Contains($"Faktura {invoice.Number}", message.Subject, StringComparison.Ordinal);
        var pdf = Assert.Single(message.Attachments);
        Assert.Equal(("application/pdf", $"Faktura-{invoice.Number}.pdf"), (pdf.ContentType, pdf.FileName));
        using var document = PdfDocument.Open(pdf.Content);
        var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        foreach (var printed in new[] { "Sollentuna kommun", "Box 63", "191 21 Sollentuna", "KS-4711", "212000-0142", invoice.Ocr! })
            Assert.Contains(printed, text, StringComparison.Ordinal);

        // The page the office prints from says the same, and that it went by email.
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync($"/avgifter/fakturor/{invoice.Id}"));
        Assert.Contains("Box 63", page, StringComparison.Ordinal);
        Assert.Contains("191 21 Sollentuna", page, StringComparison.Ordinal);
        Assert.Contains("Skickad med e-post till faktura@sollentuna.example", page, StringComparison.Ordinal);
    }
}
