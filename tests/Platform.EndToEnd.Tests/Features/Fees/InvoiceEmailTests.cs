using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Platform.EndToEnd.Tests.Support;
using Platform.Features.Fees;
using Platform.Features.Fees.Invoicing;
using Platform.Tests.Features.Board;
using Platform.Tests.Features.Fees.Invoicing;
using Platform.Tests.Support;
using UglyToad.PdfPig;

namespace Platform.EndToEnd.Tests.Features.Fees;

/// <summary>Invoices through a real SMTP server (maildev), read back as a PDF.</summary>
public sealed class InvoiceEmailTests
{
    [Fact]
    public async Task An_invoice_email_arrives_through_SMTP_with_a_PDF_whose_text_holds_the_OCR_reference_and_the_amount()
    {
        await using var maildev = new MailDev();
        await maildev.StartAsync();
        using var platform = new PlatformFactory(null, maildev.Settings);
        var (tenant, admin, members) = await InvoicingTests.SuvsAsync(platform);
        await admin.SendAsync(HttpMethod.Put, "/api/fee-decisions/2026", InvoicingTests.Decision(members));
        await platform.InTenantAsync(tenant, s => s.GetRequiredService<InvoiceIssuer>().RunAsync(new DateOnly(2026, 1, 15), "test", CancellationToken.None));
        await platform.DispatchAsync(tenant);

        var received = await maildev.MessagesAsync();
        Assert.Equal(5, received.Count);
        var sollentuna = Assert.Single(received, m => ((MailboxAddress)m.To[0]).Address == "faktura@sollentuna.example");
        Assert.StartsWith("Faktura 1004 från Samordningsförbundet Sollentuna-Upplands Väsby-Sigtuna", sollentuna.Subject, StringComparison.Ordinal);
        var attachment = Assert.IsType<MimePart>(Assert.Single(sollentuna.Attachments));
        Assert.Equal("Faktura-1004.pdf", attachment.FileName);
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        using var pdf = PdfDocument.Open(content.ToArray());
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)).Replace('\u00a0', ' ');
        Assert.Contains(Ocr.For(1004), text, StringComparison.Ordinal);
        Assert.Contains("190 575,00 kr", text, StringComparison.Ordinal);
        Assert.Contains(Ocr.For(1004), sollentuna.TextBody, StringComparison.Ordinal);
    }
}
