using System.Globalization;
using UglyToad.PdfPig.Writer;

namespace Platform.Infrastructure.Documents;

/// <summary>
/// A flowing A4 document in DejaVu Sans (PdfPig, Apache 2.0): a title, headings, paragraphs, label/value rows
/// and simple tables, written top to bottom over as many pages as they need, each page with a foot line
/// (the document's name) and "Sida 1 av 3". Used for applications and agreements; anything typed prints
/// (see <see cref="PdfFonts.Printable"/>).
/// </summary>
internal static class TextPdf
{
    private const double Top = 790, Bottom = 70, LabelWidth = 165;

    /// <param name="title">The document's title in its properties and at each page's foot.</param>
    /// <param name="author">Who issues it (the association), in the document's properties.</param>
    public static byte[] Render(string title, string? author, IEnumerable<PdfBlock> blocks)
    {
        using var builder = new PdfDocumentBuilder();
        var fonts = PdfCanvas.AddFonts(builder);
        builder.DocumentInformation.Title = PdfFonts.Printable(title);
        if (author is not null) builder.DocumentInformation.Author = PdfFonts.Printable(author);
        builder.DocumentInformation.Producer = "Samordningsplattformen";

        var pages = new List<PdfCanvas> { PdfCanvas.AddPage(builder, fonts) };
        var page = pages[0];
        var y = Top;

        // Room for <paramref name="height"/> points more on this page, or a new page.
        void Need(double height)
        {
            if (y - height >= Bottom || y == Top) return;
            page = PdfCanvas.AddPage(builder, fonts);
            pages.Add(page);
            y = Top;
        }

        void Lines(IEnumerable<string> lines, double x, double size, bool strong, double leading)
        {
            foreach (var line in lines)
            {
                Need(leading);
                page.Text(line, x, y - size, size, strong);
                y -= leading;
            }
        }

        foreach (var block in blocks)
        {
            switch (block)
            {
                case PdfBlock.Title t:
                    Lines(page.Fit(t.Text, 17, true, PdfCanvas.Right - PdfCanvas.Left), PdfCanvas.Left, 17, true, 22);
                    y -= 8;
                    break;
                case PdfBlock.Heading h:
                    var heading = page.Fit(h.Text, 12.5, true, PdfCanvas.Right - PdfCanvas.Left).ToList();
                    y -= 8;
                    Need(heading.Count * 17 + 40); // with the first lines of what follows
                    Lines(heading, PdfCanvas.Left, 12.5, true, 17);
                    y -= 3;
                    break;
                case PdfBlock.Paragraph p:
                    var size = p.Small ? 8.5 : 10;
                    var text = string.IsNullOrWhiteSpace(p.Text) ? p.WhenEmpty : p.Text.Trim();
                    Lines(page.Fit(text, size, false, PdfCanvas.Right - PdfCanvas.Left), PdfCanvas.Left, size, false, size * 1.45);
                    y -= 6;
                    break;
                case PdfBlock.Field f:
                    var labels = page.Fit(f.Label, 9, false, LabelWidth - 10).ToList();
                    var values = page.Fit(string.IsNullOrWhiteSpace(f.Value) ? "–" : f.Value.Trim(), 10, false, PdfCanvas.Right - PdfCanvas.Left - LabelWidth).ToList();
                    for (var i = 0; i < Math.Max(labels.Count, values.Count); i++)
                    {
                        Need(14);
                        if (i < labels.Count) page.Text(labels[i], PdfCanvas.Left, y - 10, 9);
                        if (i < values.Count) page.Text(values[i], PdfCanvas.Left + LabelWidth, y - 10, 10);
                        y -= 14;
                    }
                    y -= 2;
                    break;
                case PdfBlock.Table table:
                    WriteTable(table);
                    break;
                case PdfBlock.Space s:
                    y -= s.Points;
                    break;
                default:
                    throw new ArgumentException($"Unknown block {block.GetType().Name}.", nameof(blocks));
            }
        }

        void WriteTable(PdfBlock.Table table)
        {
            var width = PdfCanvas.Right - PdfCanvas.Left;
            var shares = table.Columns.Sum(c => c.Share);
            var widths = table.Columns.Select(c => width * c.Share / shares).ToArray();
            var starts = new double[widths.Length];
            for (var i = 1; i < widths.Length; i++) starts[i] = starts[i - 1] + widths[i - 1];
            IReadOnlyList<string> header = table.Columns.Select(c => c.Header).ToList();

            List<string>[] Cells(IReadOnlyList<string> row, bool strong, double size) =>
                table.Columns.Select((c, i) => page.Fit(i < row.Count ? row[i] : "", size, strong, widths[i] - 8).ToList()).ToArray();

            void Row(IReadOnlyList<string> row, bool strong, double size)
            {
                var cells = Cells(row, strong, size);
                var height = cells.Max(c => c.Count) * (size + 4) + 4;
                if (y - height < Bottom && y != Top)
                {
                    Need(height + 40);
                    if (!ReferenceEquals(row, header)) Head();
                }
                for (var i = 0; i < cells.Length; i++)
                {
                    var lineY = y - size - 2;
                    foreach (var line in cells[i])
                    {
                        if (table.Columns[i].Amount) page.RightText(line, PdfCanvas.Left + starts[i] + widths[i] - 2, lineY, size, strong);
                        else page.Text(line, PdfCanvas.Left + starts[i], lineY, size, strong);
                        lineY -= size + 4;
                    }
                }
                y -= height;
            }

            void Head()
            {
                Row(header, true, 9);
                page.Rule(y + 1);
                y -= 3;
            }

            y -= 4;
            Need(60);
            Head();
            foreach (var row in table.Rows) Row(row, false, 9.5);
            if (table.Total is { } total)
            {
                Need(20);
                page.Rule(y + 1);
                y -= 3;
                Row(total, true, 9.5);
            }
            y -= 8;
        }

        var footer = title;
        for (var i = 0; i < pages.Count; i++)
        {
            pages[i].Rule(48, thickness: 0.4);
            pages[i].Text(footer.Length > 80 ? footer[..79] + "…" : footer, PdfCanvas.Left, 36, 8);
            pages[i].RightText(string.Create(CultureInfo.InvariantCulture, $"Sida {i + 1} av {pages.Count}"), PdfCanvas.Right, 36, 8);
        }
        return builder.Build();
    }
}
