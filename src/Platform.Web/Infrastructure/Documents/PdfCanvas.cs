using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Platform.Infrastructure.Documents;

/// <summary>
/// One A4 page to write on in DejaVu Sans at given positions (points from the bottom left): text, right-aligned
/// text, measured widths, wrapping at a measured width, rules and boxes. Everything goes through
/// <see cref="PdfFonts.Printable"/>, so any text prints. For documents laid out by hand (an invoice);
/// <see cref="TextPdf"/> flows blocks over as many pages as they need.
/// </summary>
internal sealed class PdfCanvas(PdfPageBuilder page, PdfDocumentBuilder.AddedFont regular, PdfDocumentBuilder.AddedFont bold)
{
    /// <summary>A4 in points, and the margins the platform's documents share.</summary>
    public const double PageWidth = 595, PageHeight = 842, Left = 50, Right = 545;

    /// <summary>A new A4 page of <paramref name="builder"/>, with the fonts added to it by <see cref="AddFonts"/>.</summary>
    public static PdfCanvas AddPage(PdfDocumentBuilder builder, (PdfDocumentBuilder.AddedFont Regular, PdfDocumentBuilder.AddedFont Bold) fonts) =>
        new(builder.AddPage(PageSize.A4), fonts.Regular, fonts.Bold);

    public static (PdfDocumentBuilder.AddedFont Regular, PdfDocumentBuilder.AddedFont Bold) AddFonts(PdfDocumentBuilder builder) =>
        (builder.AddTrueTypeFont(PdfFonts.Regular.Value), builder.AddTrueTypeFont(PdfFonts.Bold.Value));

    public void Text(string text, double x, double y, double size = 10, bool strong = false) =>
        page.AddText(PdfFonts.Printable(text, strong), size, new PdfPoint(x, y), strong ? bold : regular);

    /// <summary>Text that ends at <paramref name="x"/> (amounts in a column).</summary>
    public void RightText(string text, double x, double y, double size = 10, bool strong = false) =>
        Text(text, x - Width(text, size, strong), y, size, strong);

    public double Width(string text, double size, bool strong = false)
    {
        var letters = page.MeasureText(PdfFonts.Printable(text, strong), size, new PdfPoint(0, 0), strong ? bold : regular);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X;
    }

    /// <summary>
    /// <paramref name="text"/> in lines no wider than <paramref name="width"/>, measured: words wrap, a word
    /// wider than the line is cut, and a line break in the text starts a new line.
    /// </summary>
    public IEnumerable<string> Fit(string text, double size, bool strong, double width)
    {
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var token in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var word = token;
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (Width(candidate, size, strong) <= width)
                {
                    line = candidate;
                    continue;
                }
                if (line.Length > 0) yield return line;
                // A word longer than the whole line (a web address) is cut where it must be.
                while (word.Length > 1 && Width(word, size, strong) > width)
                {
                    var take = word.Length - 1;
                    while (take > 1 && Width(word[..take], size, strong) > width) take--;
                    yield return word[..take];
                    word = word[take..];
                }
                line = word;
            }
            yield return line;
        }
    }

    /// <summary>A horizontal line across the page (or from <paramref name="from"/> to <paramref name="to"/>).</summary>
    public void Rule(double y, double from = Left, double to = Right, double thickness = 0.6) =>
        page.DrawLine(new PdfPoint(from, y), new PdfPoint(to, y), thickness);

    public void Box(double x, double y, double width, double height, double thickness = 0.8) =>
        page.DrawRectangle(new PdfPoint(x, y), width, height, thickness);
}
