using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Fees.Invoicing;
using Platform.Features.Fees.Model;
using Platform.Persistence;
using Platform.Tests.Features.Board;
using Platform.Tests.Support;
using UglyToad.PdfPig;

namespace Platform.Tests.Features.Fees.Invoicing;

/// <summary>The PDF and the e-invoice of an invoice stored with text that neither can hold as it stands.</summary>
public sealed class StoredTextDocumentTests : IDisposable
{
    private readonly PlatformFactory _platform = new();

    public void Dispose() => _platform.Dispose();

    [Fact]
    public async Task An_invoice_stored_with_a_vertical_tab_still_gives_a_readable_PDF_and_a_well_formed_e_invoice()
    {
        // Text stored before the edge cleaned it: the PDF writer threw on U+000B, the XML writer too.
        var (tenant, admin, members) = await InvoicingTests.SuvsAsync(_platform);
        await admin.SendAsync(HttpMethod.Put, "/api/fee-decisions/2026", InvoicingTests.Decision(members));
        await _platform.InTenantAsync(tenant, s => s.GetRequiredService<InvoiceIssuer>().RunAsync(new DateOnly(2026, 1, 15), "test", CancellationToken.None));
        var id = await _platform.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            var invoice = await db.Invoices.AsNoTracking().SingleAsync(i => i.MemberId == members["Sollentuna kommun"]);
            await db.Invoices.Where(i => i.Id == invoice.Id).ExecuteUpdateAsync(u => u
                .SetProperty(i => i.BuyerOrganisationNumber, "212000-0142")
                .SetProperty(i => i.BuyerName, "Sollentuna\vkommun")
                .SetProperty(i => i.BuyerReference, "KS\u0001-4711")
                .SetProperty(i => i.Text, "Medlemsavgift\v2026"));
            return invoice.Id;
        });

        using var pdf = await admin.GetAsync($"/api/invoices/{id}/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var words = document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text).ToList();
        Assert.Contains("Sollentuna", words);
        Assert.Contains("KS-4711", words);

        using var ubl = await admin.GetAsync($"/api/invoices/{id}/e-invoice");
        Assert.Equal(HttpStatusCode.OK, ubl.StatusCode);
        var xml = XDocument.Parse(await ubl.Content.ReadAsStringAsync());
        var buyer = xml.Root!.Element(InvoiceUbl.Cac + "AccountingCustomerParty")!.Element(InvoiceUbl.Cac + "Party")!;
        Assert.Equal("Sollentuna\nkommun", buyer.Element(InvoiceUbl.Cac + "PartyName")!.Element(InvoiceUbl.Cbc + "Name")!.Value);
        Assert.Equal("KS-4711", xml.Root.Element(InvoiceUbl.Cbc + "BuyerReference")!.Value);
    }
}
