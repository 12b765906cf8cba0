using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Platform.Features.Fees.Model;
using Platform.Features.Members;

namespace Platform.Features.Fees.Invoicing;

/// <summary>
/// An invoice or credit note as an e-invoice in Peppol BIS Billing 3.0 (UBL 2.1), as Swedish public
/// bodies receive them. Membership fees are outside the scope of VAT, so by default the tax category
/// is O ("not subject to VAT", no VAT number needed); with VAT set it is S with the seller's Swedish
/// VAT number (SE + organisationsnummer + 01). Payment is by bankgiro (code 30, SE:BANKGIRO) with the
/// OCR reference as the payment id. Both parties are addressed by their organisationsnummer (Peppol
/// scheme 0007): an email address (EM) is valid EN 16931 but not in Peppol's code list, and an access
/// point refuses it (PEPPOL-EN16931-CL008). The tests run OpenPEPPOL's own rules over what it writes.
/// </summary>
internal static class InvoiceUbl
{
    public static readonly XNamespace Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    public static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    public static readonly XNamespace InvoiceNs = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    public static readonly XNamespace CreditNoteNs = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";

    public const string CustomizationId = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
    public const string ProfileId = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";

    /// <summary>
    /// Why the invoice cannot be an e-invoice that the Peppol rules accept, in words for the office, or
    /// null when it can. The PDF invoice is valid either way.
    /// </summary>
    public static string? CannotWrite(Invoice invoice) =>
        OrganisationNumber.Normalize(invoice.BuyerOrganisationNumber) is null
            ? $"{invoice.BuyerName} hade inget giltigt organisationsnummer i medlemsregistret när fakturan skapades, och en e-faktura (Peppol) adresseras till mottagarens organisationsnummer. "
              + "PDF-fakturan gäller som vanligt. Vill medlemmen ha e-faktura: fyll i organisationsnumret i medlemsregistret, kreditera fakturan och låt nästa fakturakörning göra en ny."
            : OrganisationNumber.Normalize(invoice.SellerOrganisationNumber) is null
                ? $"Förbundets organisationsnummer på fakturan ({invoice.SellerOrganisationNumber}) är inte giltigt, och en e-faktura (Peppol) behöver det som avsändaradress. PDF-fakturan gäller som vanligt."
                : null;

    public static byte[] Write(Invoice invoice)
    {
        if (CannotWrite(invoice) is { } reason) throw new InvalidOperationException(reason);
        var credit = invoice.Kind == InvoiceKind.CreditNote;
        XNamespace root = credit ? CreditNoteNs : InvoiceNs;
        // A credit note carries positive amounts: its type says it credits.
        var sign = credit ? -1 : 1;
        var net = invoice.Net * sign;
        var vat = invoice.Vat * sign;
        var category = invoice.VatPercent == 0 ? "O" : "S";

        XElement Amount(string name, long ore) => new(Cbc + name, new XAttribute("currencyID", "SEK"), (ore / 100m).ToString("0.00", CultureInfo.InvariantCulture));
        XElement Category(string element) => new(Cac + element,
            new XElement(Cbc + "ID", category),
            category == "S" ? new XElement(Cbc + "Percent", invoice.VatPercent.ToString(CultureInfo.InvariantCulture)) : null,
            category == "O" && element == "TaxCategory" ? new XElement(Cbc + "TaxExemptionReason", "Medlemsavgift till samordningsförbund, ej föremål för mervärdesskatt") : null,
            new XElement(Cac + "TaxScheme", new XElement(Cbc + "ID", "VAT")));

        var document = new XElement(root + (credit ? "CreditNote" : "Invoice"),
            new XAttribute(XNamespace.Xmlns + "cac", Cac),
            new XAttribute(XNamespace.Xmlns + "cbc", Cbc),
            new XElement(Cbc + "CustomizationID", CustomizationId),
            new XElement(Cbc + "ProfileID", ProfileId),
            new XElement(Cbc + "ID", invoice.Number.ToString(CultureInfo.InvariantCulture)),
            new XElement(Cbc + "IssueDate", Date(invoice.InvoiceDate)),
            credit ? null : new XElement(Cbc + "DueDate", Date(invoice.DueDate)),
            new XElement(Cbc + (credit ? "CreditNoteTypeCode" : "InvoiceTypeCode"), credit ? "381" : "380"),
            new XElement(Cbc + "Note", credit ? $"{invoice.Text}. Skäl: {invoice.CreditReason}" : invoice.Text),
            new XElement(Cbc + "DocumentCurrencyCode", "SEK"),
            new XElement(Cbc + "BuyerReference", invoice.BuyerReference ?? invoice.BuyerName),
            new XElement(Cac + "InvoicePeriod", new XElement(Cbc + "StartDate", Date(invoice.PeriodStart)), new XElement(Cbc + "EndDate", Date(invoice.PeriodEnd))),
            credit && invoice.CreditsInvoiceNumber is { } credited
                ? new XElement(Cac + "BillingReference", new XElement(Cac + "InvoiceDocumentReference", new XElement(Cbc + "ID", credited.ToString(CultureInfo.InvariantCulture))))
                : null,
            new XElement(Cac + "AccountingSupplierParty", Party(
                Endpoint(invoice.SellerOrganisationNumber), invoice.SellerName, invoice.SellerStreet, invoice.SellerPostalCode, invoice.SellerCity,
                invoice.SellerOrganisationNumber, category == "S" ? VatNumber(invoice.SellerOrganisationNumber) : null, invoice.SellerEmail)),
            new XElement(Cac + "AccountingCustomerParty", Party(
                Endpoint(invoice.BuyerOrganisationNumber!),
                invoice.BuyerName, invoice.BuyerStreet, invoice.BuyerPostalCode, invoice.BuyerCity, invoice.BuyerOrganisationNumber, null, invoice.BuyerEmail)),
            credit ? null : new XElement(Cac + "PaymentMeans",
                new XElement(Cbc + "PaymentMeansCode", new XAttribute("name", "Bankgiro"), "30"),
                new XElement(Cbc + "PaymentID", invoice.Ocr),
                new XElement(Cac + "PayeeFinancialAccount",
                    new XElement(Cbc + "ID", Bankgiro.Digits(invoice.Bankgiro)),
                    new XElement(Cac + "FinancialInstitutionBranch", new XElement(Cbc + "ID", "SE:BANKGIRO")))),
            credit ? null : new XElement(Cac + "PaymentTerms", new XElement(Cbc + "Note", $"Betalas senast {Date(invoice.DueDate)} till bankgiro {invoice.Bankgiro} med OCR-nummer {invoice.Ocr}.")),
            new XElement(Cac + "TaxTotal",
                Amount("TaxAmount", vat),
                new XElement(Cac + "TaxSubtotal", Amount("TaxableAmount", net), Amount("TaxAmount", vat), Category("TaxCategory"))),
            new XElement(Cac + "LegalMonetaryTotal",
                Amount("LineExtensionAmount", net),
                Amount("TaxExclusiveAmount", net),
                Amount("TaxInclusiveAmount", net + vat),
                Amount("PayableAmount", net + vat)),
            new XElement(Cac + (credit ? "CreditNoteLine" : "InvoiceLine"),
                new XElement(Cbc + "ID", "1"),
                new XElement(Cbc + (credit ? "CreditedQuantity" : "InvoicedQuantity"), new XAttribute("unitCode", "C62"), "1"),
                Amount("LineExtensionAmount", net),
                new XElement(Cac + "Item",
                    new XElement(Cbc + "Name", invoice.Text.Length > 100 ? invoice.Text[..100] : invoice.Text),
                    Category("ClassifiedTaxCategory")),
                new XElement(Cac + "Price", Amount("PriceAmount", net))));

        // Stored text may hold what XML cannot (a vertical tab pasted from Word): left out, not thrown on.
        foreach (var text in document.DescendantNodes().OfType<XText>().ToList()) text.Value = Infrastructure.Text.PlainText.Clean(text.Value);
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
            new XDocument(new XDeclaration("1.0", "UTF-8", null), document).Save(writer);
        return stream.ToArray();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The Peppol electronic address: 0007, a Swedish organisationsnummer (ten digits).</summary>
    private static XElement Endpoint(string organisationNumber) =>
        new(Cbc + "EndpointID", new XAttribute("schemeID", "0007"), organisationNumber.Replace("-", "", StringComparison.Ordinal));

    private static string VatNumber(string organisationNumber) => $"SE{organisationNumber.Replace("-", "", StringComparison.Ordinal)}01";

    private static XElement Party(XElement endpoint, string name, string? street, string? postalCode, string? city, string? organisationNumber, string? vatNumber, string? email) =>
        new(Cac + "Party",
            endpoint,
            new XElement(Cac + "PartyName", new XElement(Cbc + "Name", name)),
            new XElement(Cac + "PostalAddress",
                street is null ? null : new XElement(Cbc + "StreetName", street),
                city is null ? null : new XElement(Cbc + "CityName", city),
                postalCode is null ? null : new XElement(Cbc + "PostalZone", postalCode),
                new XElement(Cac + "Country", new XElement(Cbc + "IdentificationCode", "SE"))),
            vatNumber is null ? null : new XElement(Cac + "PartyTaxScheme", new XElement(Cbc + "CompanyID", vatNumber), new XElement(Cac + "TaxScheme", new XElement(Cbc + "ID", "VAT"))),
            new XElement(Cac + "PartyLegalEntity",
                new XElement(Cbc + "RegistrationName", name),
                organisationNumber is null ? null : new XElement(Cbc + "CompanyID", new XAttribute("schemeID", "0007"), organisationNumber.Replace("-", "", StringComparison.Ordinal))),
            email is null ? null : new XElement(Cac + "Contact", new XElement(Cbc + "ElectronicMail", email)));
}
