using Platform.Infrastructure.Documents;
using UglyToad.PdfPig;

namespace Platform.Tests.Infrastructure.Documents;

public sealed class TextPdfTests
{
    private static string TextOf(PdfDocument pdf, int page) => string.Join(" ", pdf.GetPage(page).GetWords().Select(w => w.Text)).Replace('\u00a0', ' ');

    [Fact]
    public void A_flowing_document_carries_its_blocks_in_Swedish_letters_with_amounts_to_the_right()
    {
        var bytes = TextPdf.Render("Ansökan 7", "Samordningsförbundet Sundsvall",
        [
            new PdfBlock.Title("Ansökan om medel: Steget före"),
            new PdfBlock.Heading("Sökande"),
            new PdfBlock.Field("Organisationsnummer", "212000-2411"),
            new PdfBlock.Field("Behörig att teckna avtal", null),
            new PdfBlock.Paragraph("Första raden.\nAndra raden med åäö och 中."),
            new PdfBlock.Table(
                [new PdfColumn("Kostnadsslag", 3), new PdfColumn("2024", 1, Amount: true), new PdfColumn("Summa", 1, Amount: true)],
                [["Lönekostnader", "225 000", "225 000"], ["Lokalkostnader", "15 000", "15 000"]],
                ["Summa", "240 000", "240 000"]),
        ]);

        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        using var pdf = PdfDocument.Open(bytes);
        var text = TextOf(pdf, 1);
        Assert.Equal(1, pdf.NumberOfPages);
        Assert.Contains("Steget före", text, StringComparison.Ordinal);
        Assert.Contains("212000-2411", text, StringComparison.Ordinal);
        Assert.Contains("åäö", text, StringComparison.Ordinal);
        Assert.Contains("Sida 1 av 1", text, StringComparison.Ordinal);
        // The amounts of a column end at the same place: six "000" end in two places, the two columns' right edges.
        var zeros = pdf.GetPage(1).GetWords().Where(w => w.Text == "000").Select(w => Math.Round(w.BoundingBox.Right)).ToList();
        Assert.Equal(6, zeros.Count);
        Assert.Equal(2, zeros.Distinct().Count());
    }

    [Fact]
    public void A_long_document_breaks_into_pages_each_numbered()
    {
        var blocks = new List<PdfBlock> { new PdfBlock.Title("Lång") };
        for (var i = 1; i <= 60; i++)
        {
            blocks.Add(new PdfBlock.Heading($"Avsnitt {i}"));
            blocks.Add(new PdfBlock.Paragraph(string.Join(' ', Enumerable.Repeat("Ett stycke text som bryts över flera rader.", 6))));
        }

        using var pdf = PdfDocument.Open(TextPdf.Render("Lång", null, blocks));

        Assert.True(pdf.NumberOfPages > 3);
        var last = pdf.NumberOfPages;
        Assert.Contains($"Sida {last} av {last}", TextOf(pdf, last), StringComparison.Ordinal);
        Assert.Contains("Avsnitt 60", TextOf(pdf, last), StringComparison.Ordinal);
        // Nothing is written below the foot line.
        foreach (var page in pdf.GetPages())
            Assert.All(page.GetWords().Where(w => !w.Text.StartsWith("Sida", StringComparison.Ordinal)), w => Assert.True(w.BoundingBox.Bottom >= 30));
    }
}
