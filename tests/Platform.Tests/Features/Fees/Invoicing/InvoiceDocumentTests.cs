using System.Globalization;
using System.Xml.Linq;
using Platform.Features.Fees;
using Platform.Features.Fees.Invoicing;
using Platform.Features.Fees.Model;
using UglyToad.PdfPig;

namespace Platform.Tests.Features.Fees.Invoicing;

/// <summary>The invoice as a PDF and as a Peppol BIS Billing 3.0 e-invoice.</summary>
public sealed class InvoiceDocumentTests
{
    private static readonly XNamespace Cac = InvoiceUbl.Cac;
    private static readonly XNamespace Cbc = InvoiceUbl.Cbc;

    internal static Invoice Sample(InvoiceKind kind = InvoiceKind.Invoice, int vatPercent = 0, string? buyerOrg = "212000-0142") => new()
    {
        Id = Guid.NewGuid(),
        Number = kind == InvoiceKind.Invoice ? 1016 : 1021,
        Kind = kind,
        Key = "faktura:2026-Q4:x:0",
        MemberId = Guid.NewGuid(),
        Year = 2026,
        Period = "2026-Q4",
        PeriodStart = new DateOnly(2026, 10, 1),
        PeriodEnd = new DateOnly(2026, 12, 31),
        Text = kind == InvoiceKind.Invoice ? "Medlemsavgift 2026, kvartal 4" : "Kredit av Medlemsavgift 2026, kvartal 4",
        InvoiceDate = new DateOnly(2026, 10, 15),
        DueDate = new DateOnly(2026, 11, 14),
        Net = (kind == InvoiceKind.Invoice ? 1 : -1) * 19_057_500,
        VatPercent = vatPercent,
        Vat = (kind == InvoiceKind.Invoice ? 1 : -1) * 19_057_500 * vatPercent / 100,
        Ocr = kind == InvoiceKind.Invoice ? Ocr.For(1016) : null,
        CreditsInvoiceNumber = kind == InvoiceKind.Invoice ? null : 1016,
        CreditReason = kind == InvoiceKind.Invoice ? null : "Fel referens",
        BuyerName = "Sollentuna kommun",
        BuyerOrganisationNumber = buyerOrg,
        BuyerEmail = "faktura@sollentuna.example",
        BuyerReference = "KS-4711",
        BuyerStreet = "Box 63",
        BuyerPostalCode = "191 21",
        BuyerCity = "Sollentuna",
        SellerName = "Samordningsförbundet Sollentuna-Upplands Väsby-Sigtuna",
        SellerOrganisationNumber = "222000-1016",
        SellerStreet = "Box 101",
        SellerPostalCode = "110 01",
        SellerCity = "Sollentuna",
        SellerEmail = "kansli@suvs.example",
        Bankgiro = "991-2346",
        CreatedBy = "test",
    };

    [Fact]
    public void The_e_invoice_has_every_element_EN_16931_requires_and_reads_back()
    {
        var invoice = Sample();
        var xml = XDocument.Load(new MemoryStream(InvoiceUbl.Write(invoice)));
        var root = xml.Root!;
        string Value(params XName[] path) => path.Aggregate(root, (e, name) => e.Element(name) ?? throw new Xunit.Sdk.XunitException($"missing {name} under {e.Name.LocalName}")).Value;

        Assert.Equal(InvoiceUbl.InvoiceNs + "Invoice", root.Name);
        // BT-24, BT-23: specification and process.
        Assert.Equal("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0", Value(Cbc + "CustomizationID"));
        Assert.Equal("urn:fdc:peppol.eu:2017:poacc:billing:01:1.0", Value(Cbc + "ProfileID"));
        // BT-1 number, BT-2 issue date, BT-9 due date, BT-3 type, BT-5 currency, BT-10 buyer reference.
        Assert.Equal("1016", Value(Cbc + "ID"));
        Assert.Equal("2026-10-15", Value(Cbc + "IssueDate"));
        Assert.Equal("2026-11-14", Value(Cbc + "DueDate"));
        Assert.Equal("380", Value(Cbc + "InvoiceTypeCode"));
        Assert.Equal("SEK", Value(Cbc + "DocumentCurrencyCode"));
        Assert.Equal("KS-4711", Value(Cbc + "BuyerReference"));
        // Seller: BT-34 electronic address, BT-27 name, BT-40 country, BT-30 legal registration.
        var seller = new[] { Cac + "AccountingSupplierParty", Cac + "Party" };
        Assert.Equal("2220001016", Value([.. seller, Cbc + "EndpointID"]));
        Assert.Equal("0007", root.Element(Cac + "AccountingSupplierParty")!.Element(Cac + "Party")!.Element(Cbc + "EndpointID")!.Attribute("schemeID")!.Value);
        Assert.Equal("Samordningsförbundet Sollentuna-Upplands Väsby-Sigtuna", Value([.. seller, Cac + "PartyLegalEntity", Cbc + "RegistrationName"]));
        Assert.Equal("2220001016", Value([.. seller, Cac + "PartyLegalEntity", Cbc + "CompanyID"]));
        Assert.Equal("SE", Value([.. seller, Cac + "PostalAddress", Cac + "Country", Cbc + "IdentificationCode"]));
        // Buyer: BT-49, BT-44, BT-55.
        var buyer = new[] { Cac + "AccountingCustomerParty", Cac + "Party" };
        Assert.Equal("2120000142", Value([.. buyer, Cbc + "EndpointID"]));
        Assert.Equal("Sollentuna kommun", Value([.. buyer, Cac + "PartyLegalEntity", Cbc + "RegistrationName"]));
        Assert.Equal("Sollentuna", Value([.. buyer, Cac + "PostalAddress", Cbc + "CityName"]));
        Assert.Equal("SE", Value([.. buyer, Cac + "PostalAddress", Cac + "Country", Cbc + "IdentificationCode"]));
        // Payment means: BT-81 code 30 (credit transfer), BT-83 the OCR reference, BT-84 the bankgiro.
        Assert.Equal("30", Value(Cac + "PaymentMeans", Cbc + "PaymentMeansCode"));
        Assert.Equal(invoice.Ocr, Value(Cac + "PaymentMeans", Cbc + "PaymentID"));
        Assert.True(Ocr.IsValid(Value(Cac + "PaymentMeans", Cbc + "PaymentID")));
        Assert.Equal("9912346", Value(Cac + "PaymentMeans", Cac + "PayeeFinancialAccount", Cbc + "ID"));
        Assert.Equal("SE:BANKGIRO", Value(Cac + "PaymentMeans", Cac + "PayeeFinancialAccount", Cac + "FinancialInstitutionBranch", Cbc + "ID"));
        // VAT breakdown: BG-23 with category O (not subject to VAT) and its exemption reason.
        Assert.Equal("0.00", Value(Cac + "TaxTotal", Cbc + "TaxAmount"));
        Assert.Equal("O", Value(Cac + "TaxTotal", Cac + "TaxSubtotal", Cac + "TaxCategory", Cbc + "ID"));
        Assert.NotEmpty(Value(Cac + "TaxTotal", Cac + "TaxSubtotal", Cac + "TaxCategory", Cbc + "TaxExemptionReason"));
        // Totals: BT-106, BT-109, BT-112, BT-115.
        foreach (var total in new[] { "LineExtensionAmount", "TaxExclusiveAmount", "TaxInclusiveAmount", "PayableAmount" })
            Assert.Equal(190_575m, decimal.Parse(Value(Cac + "LegalMonetaryTotal", Cbc + total), CultureInfo.InvariantCulture));
        // One line: BT-126 id, BT-129 quantity, BT-131 net amount, BT-153 item name, BT-151 its VAT category, BT-146 price.
        var line = root.Element(Cac + "InvoiceLine")!;
        Assert.Equal("1", line.Element(Cbc + "ID")!.Value);
        Assert.Equal("C62", line.Element(Cbc + "InvoicedQuantity")!.Attribute("unitCode")!.Value);
        Assert.Equal("190575.00", line.Element(Cbc + "LineExtensionAmount")!.Value);
        Assert.Equal("Medlemsavgift 2026, kvartal 4", line.Element(Cac + "Item")!.Element(Cbc + "Name")!.Value);
        Assert.Equal("O", line.Element(Cac + "Item")!.Element(Cac + "ClassifiedTaxCategory")!.Element(Cbc + "ID")!.Value);
        Assert.Equal("190575.00", line.Element(Cac + "Price")!.Element(Cbc + "PriceAmount")!.Value);
        // Every amount names its currency.
        Assert.All(root.Descendants().Where(e => e.Name.LocalName.EndsWith("Amount", StringComparison.Ordinal)), e => Assert.Equal("SEK", e.Attribute("currencyID")?.Value));
    }

    [Fact]
    public void With_VAT_the_category_is_standard_rated_with_the_sellers_VAT_number_and_totals_include_it()
    {
        var xml = XDocument.Load(new MemoryStream(InvoiceUbl.Write(Sample(vatPercent: 25)))).Root!;
        Assert.Equal("S", xml.Element(Cac + "TaxTotal")!.Element(Cac + "TaxSubtotal")!.Element(Cac + "TaxCategory")!.Element(Cbc + "ID")!.Value);
        Assert.Equal("25", xml.Element(Cac + "TaxTotal")!.Element(Cac + "TaxSubtotal")!.Element(Cac + "TaxCategory")!.Element(Cbc + "Percent")!.Value);
        Assert.Equal("SE222000101601", xml.Element(Cac + "AccountingSupplierParty")!.Element(Cac + "Party")!.Element(Cac + "PartyTaxScheme")!.Element(Cbc + "CompanyID")!.Value);
        Assert.Equal("47643.75", xml.Element(Cac + "TaxTotal")!.Element(Cbc + "TaxAmount")!.Value);
        Assert.Equal("238218.75", xml.Element(Cac + "LegalMonetaryTotal")!.Element(Cbc + "PayableAmount")!.Value);
    }

    [Fact]
    public void A_credit_note_is_a_UBL_CreditNote_that_refers_to_the_invoice_with_positive_amounts()
    {
        var xml = XDocument.Load(new MemoryStream(InvoiceUbl.Write(Sample(InvoiceKind.CreditNote)))).Root!;
        Assert.Equal(InvoiceUbl.CreditNoteNs + "CreditNote", xml.Name);
        Assert.Equal("381", xml.Element(Cbc + "CreditNoteTypeCode")!.Value);
        Assert.Equal("1016", xml.Element(Cac + "BillingReference")!.Element(Cac + "InvoiceDocumentReference")!.Element(Cbc + "ID")!.Value);
        Assert.Equal("190575.00", xml.Element(Cac + "LegalMonetaryTotal")!.Element(Cbc + "PayableAmount")!.Value);
        Assert.NotNull(xml.Element(Cac + "CreditNoteLine")!.Element(Cbc + "CreditedQuantity"));
        Assert.Null(xml.Element(Cac + "PaymentMeans"));
    }

    [Fact]
    public void A_buyer_without_organisation_number_is_not_e_invoiced_by_email_address_and_the_office_is_told_why()
    {
        // Peppol's code list has no email scheme (PEPPOL-EN16931-CL008): without the buyer's
        // organisationsnummer there is no e-invoice, only the PDF, and the reason in Swedish.
        var invoice = Sample(buyerOrg: null);
        var reason = InvoiceUbl.CannotWrite(invoice);
        Assert.Contains("Sollentuna kommun hade inget giltigt organisationsnummer i medlemsregistret", reason, StringComparison.Ordinal);
        Assert.Contains("PDF-fakturan gäller som vanligt", reason, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => InvoiceUbl.Write(invoice));
        Assert.NotNull(InvoiceUbl.CannotWrite(Sample(buyerOrg: "212000-0143")));
        Assert.Null(InvoiceUbl.CannotWrite(Sample()));
    }

    [Fact]
    public void The_PDF_carries_the_parties_the_OCR_reference_the_amount_and_Swedish_letters()
    {
        var invoice = Sample();
        using var pdf = PdfDocument.Open(InvoicePdf.Render(invoice));
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));

        Assert.Equal(1, pdf.NumberOfPages);
        Assert.Contains("FAKTURA", text, StringComparison.Ordinal);
        Assert.Contains(invoice.Ocr!, text, StringComparison.Ordinal);
        Assert.Contains("190 575,00", text.Replace('\u00a0', ' '), StringComparison.Ordinal);
        Assert.Contains("991-2346", text, StringComparison.Ordinal);
        Assert.Contains("2026-11-14", text, StringComparison.Ordinal);
        Assert.Contains("Samordningsförbundet", text, StringComparison.Ordinal);
        Assert.Contains("Väsby", text, StringComparison.Ordinal);
        Assert.Contains("KS-4711", text, StringComparison.Ordinal);

        using var credit = PdfDocument.Open(InvoicePdf.Render(Sample(InvoiceKind.CreditNote)));
        var creditText = string.Join(" ", credit.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("KREDITFAKTURA", creditText, StringComparison.Ordinal);
        Assert.Contains("Fel referens", creditText, StringComparison.Ordinal);
    }
}
