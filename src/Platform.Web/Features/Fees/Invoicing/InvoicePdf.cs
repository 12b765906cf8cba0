using Platform.Features.Fees.Model;
using Platform.Infrastructure.Documents;
using UglyToad.PdfPig.Writer;

namespace Platform.Features.Fees.Invoicing;

/// <summary>
/// An invoice or credit note as an A4 PDF, written with PdfPig (Apache 2.0) on the shared <see cref="PdfCanvas"/> in
/// DejaVu Sans, embedded and subset so that å, ä and ö print everywhere. Everything on it comes from the invoice's own copy
/// of the parties' details, so it prints the same whenever it is rendered. A character the font lacks
/// (中, an emoji) prints as the replacement glyph � and a control character is left out, so no name
/// or text can stop an invoice from being made.
/// </summary>
internal static class InvoicePdf
{
    private const double Left = PdfCanvas.Left, Right = PdfCanvas.Right;

    public static byte[] Render(Invoice invoice)
    {
        using var builder = new PdfDocumentBuilder();
        var fonts = PdfCanvas.AddFonts(builder);
        var credit = invoice.Kind == InvoiceKind.CreditNote;
        builder.DocumentInformation.Title = $"{(credit ? "Kreditfaktura" : "Faktura")} {invoice.Number}";
        builder.DocumentInformation.Author = PdfFonts.Printable(invoice.SellerName);
        builder.DocumentInformation.Producer = "Samordningsplattformen";
        var page = PdfCanvas.AddPage(builder, fonts);

        void Text(string text, double x, double y, double size = 10, bool strong = false) => page.Text(text, x, y, size, strong);
        void RightText(string text, double x, double y, double size = 10, bool strong = false) => page.RightText(text, x, y, size, strong);
        void Rule(double y) => page.Rule(y);
        // A long name wraps at a measured width rather than running into what stands beside it.
        IEnumerable<string> Fit(string text, double size, bool strong, double width) => page.Fit(text, size, strong, width);

        // The seller, and what this is.
        RightText(credit ? "KREDITFAKTURA" : "FAKTURA", Right, 790, 18, strong: true);
        var sellerY = 790d;
        foreach (var line in Fit(invoice.SellerName, 13, strong: true, width: credit ? 300 : 340))
        {
            Text(line, Left, sellerY, 13, strong: true);
            sellerY -= 16;
        }
        Text(invoice.SellerStreet, Left, sellerY - 2, 9.5);
        Text($"{invoice.SellerPostalCode} {invoice.SellerCity}", Left, sellerY - 15, 9.5);

        var facts = new List<(string, string)>
        {
            (credit ? "Kreditfakturanummer" : "Fakturanummer", invoice.Number.ToString(Infrastructure.SwedishTime.Culture)),
            ("Fakturadatum", invoice.InvoiceDate.ToString("yyyy-MM-dd", Infrastructure.SwedishTime.Culture)),
        };
        if (credit) facts.Add(("Krediterar faktura", invoice.CreditsInvoiceNumber?.ToString(Infrastructure.SwedishTime.Culture) ?? ""));
        else
        {
            facts.Add(("Förfallodatum", invoice.DueDate.ToString("yyyy-MM-dd", Infrastructure.SwedishTime.Culture)));
            facts.Add(("OCR-nummer", invoice.Ocr ?? ""));
        }
        facts.Add(("Er referens", invoice.BuyerReference ?? "–"));
        var y = 735d;
        foreach (var (label, value) in facts)
        {
            Text(label, 330, y, 9);
            Text(value, 440, y, 10, strong: label is "OCR-nummer" or "Fakturanummer" or "Kreditfakturanummer");
            y -= 15;
        }

        // The buyer.
        Text("Fakturamottagare", Left, 735, 8);
        var buyerY = 720d;
        foreach (var line in Fit(invoice.BuyerName, 11, strong: true, width: 260))
        {
            Text(line, Left, buyerY, 11, strong: true);
            buyerY -= 14;
        }
        foreach (var line in new[] { invoice.BuyerStreet, Join(invoice.BuyerPostalCode, invoice.BuyerCity), invoice.BuyerOrganisationNumber is { } org ? $"Org.nr {org}" : null })
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            Text(line, Left, buyerY, 10);
            buyerY -= 14;
        }

        // The line and the totals.
        y = 620;
        Text("Beskrivning", Left, y, 9, strong: true);
        Text("Period", 300, y, 9, strong: true);
        RightText("Belopp", Right, y, 9, strong: true);
        Rule(y - 6);
        y -= 22;
        Text(invoice.Text.Length > 45 ? invoice.Text[..44] + "…" : invoice.Text, Left, y, 10);
        Text($"{invoice.PeriodStart:yyyy-MM-dd} – {invoice.PeriodEnd:yyyy-MM-dd}", 300, y, 10);
        RightText(Money.Format(invoice.Net), Right, y, 10);
        Rule(y - 10);
        y -= 30;
        RightText("Summa exkl. moms", 440, y, 10);
        RightText(Money.Format(invoice.Net), Right, y, 10);
        y -= 15;
        RightText($"Moms {invoice.VatPercent} %", 440, y, 10);
        RightText(Money.Format(invoice.Vat), Right, y, 10);
        y -= 20;
        RightText(credit ? "Att kreditera" : "Att betala", 440, y, 12, strong: true);
        RightText(Money.Format(credit ? -invoice.Total : invoice.Total), Right, y, 12, strong: true);
        y -= 25;
        if (invoice.VatPercent == 0) Text("Medlemsavgiften är inte föremål för mervärdesskatt (moms).", Left, y, 9);

        // How to pay.
        y -= 40;
        if (credit)
        {
            Text("Skäl till krediteringen", Left, y, 10, strong: true);
            y -= 15;
            foreach (var line in Fit(invoice.CreditReason ?? "", 10, strong: false, width: Right - Left))
            {
                Text(line, Left, y, 10);
                y -= 14;
            }
            Text("Beloppet räknas av mot den krediterade fakturan; har ni redan betalat den betalar förbundet tillbaka.", Left, y - 6, 9);
        }
        else
        {
            page.Box(Left, y - 62, Right - Left, 78);
            Text("Betalning", Left + 12, y, 11, strong: true);
            Text("Bankgiro", Left + 12, y - 20, 9);
            Text(invoice.Bankgiro, Left + 12, y - 35, 12, strong: true);
            Text("OCR-nummer", Left + 140, y - 20, 9);
            Text(invoice.Ocr ?? "", Left + 140, y - 35, 12, strong: true);
            Text("Förfallodatum", Left + 300, y - 20, 9);
            Text(invoice.DueDate.ToString("yyyy-MM-dd", Infrastructure.SwedishTime.Culture), Left + 300, y - 35, 12, strong: true);
            RightText("Att betala", Right - 12, y - 20, 9);
            RightText(Money.Format(invoice.Total), Right - 12, y - 35, 12, strong: true);
            Text("Ange OCR-numret när ni betalar, så kopplas betalningen till fakturan.", Left + 12, y - 53, 8.5);
        }

        // The seller's details at the foot.
        Rule(78);
        Text(invoice.SellerName, Left, 64, 8, strong: true);
        Text($"{invoice.SellerStreet}, {invoice.SellerPostalCode} {invoice.SellerCity}", Left, 52, 8);
        Text($"Org.nr {invoice.SellerOrganisationNumber}", 330, 64, 8);
        Text($"Bankgiro {invoice.Bankgiro}", 330, 52, 8);
        if (invoice.SellerEmail is { } email) Text(email, 330, 40, 8);
        return builder.Build();
    }

    private static string? Join(string? postalCode, string? city) =>
        postalCode is null && city is null ? null : $"{postalCode} {city}".Trim();
}
