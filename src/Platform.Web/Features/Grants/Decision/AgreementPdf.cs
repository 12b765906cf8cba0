using System.Globalization;
using System.Text;

namespace Platform.Features.Grants.Decision;

/// <summary>
/// Renders the agreement's blocks as an A4 PDF with the standard Helvetica fonts (WinAnsi: Swedish letters,
/// § and dashes), wrapped by an estimate of the letters' widths, with page breaks. A small writer of its own
/// until the platform's shared document writer (Infrastructure/Documents) is merged; then the blocks go there.
/// </summary>
internal static class AgreementPdf
{
    private const double Width = 595.28, Height = 841.89, Margin = 56;

    public static byte[] Render(IReadOnlyList<AgreementBlock> blocks)
    {
        var pages = new List<StringBuilder> { new() };
        var y = Height - Margin;
        void Need(double space)
        {
            if (y - space >= Margin) return;
            pages.Add(new StringBuilder());
            y = Height - Margin;
        }
        void Text(string text, double x, double size, bool bold)
        {
            pages[^1].Append(CultureInfo.InvariantCulture, $"BT /{(bold ? "F2" : "F1")} {size:0.##} Tf {x:0.##} {y:0.##} Td ({Escape(text)}) Tj ET\n");
        }
        void Wrapped(string text, double x, double size, bool bold, double width)
        {
            foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
            {
                foreach (var line in Wrap(paragraph, size, width))
                {
                    Need(size * 1.4);
                    y -= size * 1.4;
                    Text(line, x, size, bold);
                }
            }
        }
        var usable = Width - 2 * Margin;
        foreach (var block in blocks)
        {
            switch (block.Kind)
            {
                case AgreementBlockKind.Title:
                    Wrapped(block.Cells[0], Margin, 16, true, usable);
                    y -= 6;
                    break;
                case AgreementBlockKind.Heading:
                    Need(40);
                    y -= 10;
                    Wrapped(block.Cells[0], Margin, 12, true, usable);
                    break;
                case AgreementBlockKind.Paragraph:
                    Wrapped(block.Cells[0], Margin, 10, false, usable);
                    y -= 4;
                    break;
                case AgreementBlockKind.KeyValue:
                    {
                        var lines = Wrap(block.Cells[1], 10, usable - 170);
                        Need(14 * lines.Count);
                        y -= 14;
                        Text(block.Cells[0], Margin, 10, true);
                        var first = true;
                        foreach (var line in lines)
                        {
                            if (!first) y -= 14;
                            Text(line, Margin + 170, 10, false);
                            first = false;
                        }
                        break;
                    }
                case AgreementBlockKind.Row:
                    {
                        Need(14);
                        y -= 14;
                        var column = usable / block.Cells.Count;
                        for (var i = 0; i < block.Cells.Count; i++)
                        {
                            var cell = Wrap(block.Cells[i], 9, column - 6).FirstOrDefault() ?? "";
                            Text(cell, Margin + i * column, 9, block.Header);
                        }
                        break;
                    }
                case AgreementBlockKind.Signature:
                    Need(60);
                    y -= 44;
                    pages[^1].Append(CultureInfo.InvariantCulture, $"{Margin:0.##} {y:0.##} m {Margin + 220:0.##} {y:0.##} l S\n");
                    y -= 12;
                    Text(block.Cells[0], Margin, 9, false);
                    y -= 4;
                    break;
            }
        }
        return Assemble(pages);
    }

    private static List<string> Wrap(string text, double size, double width)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : $"{current} {word}";
            if (current.Length > 0 && Measure(candidate, size) > width)
            {
                lines.Add(current.ToString());
                current.Clear().Append(word);
            }
            else current.Clear().Append(candidate);
        }
        if (current.Length > 0 || lines.Count == 0) lines.Add(current.ToString());
        return lines;
    }

    /// <summary>An estimate on the safe side: Helvetica's letters average about half the size, capitals and digits more.</summary>
    private static double Measure(string text, double size) =>
        text.Sum(c => c == ' ' ? 0.28 : char.IsUpper(c) || char.IsDigit(c) ? 0.62 : c is 'i' or 'l' or 'j' or 't' or 'f' or '.' or ',' ? 0.3 : c is 'm' or 'w' ? 0.84 : 0.54) * size;

    private static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            var code = c switch
            {
                '–' => 0x96,
                '—' => 0x97,
                '…' => 0x85,
                '’' => 0x92,
                '‘' => 0x91,
                '”' => 0x94,
                '“' => 0x93,
                '€' => 0x80,
                '\u00a0' => 0x20,
                '\u202f' => 0x20,
                _ when c < 0x100 => c,
                _ => '?',
            };
            if (code is '(' or ')' or '\\') builder.Append('\\').Append((char)code);
            else if (code is < 0x20 or > 0x7e) builder.Append('\\').Append(Convert.ToString(code, 8).PadLeft(3, '0'));
            else builder.Append((char)code);
        }
        return builder.ToString();
    }

    private static byte[] Assemble(List<StringBuilder> pages)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "", // pages, below
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        };
        var kids = new List<int>();
        foreach (var page in pages)
        {
            var content = page.ToString();
            objects.Add($"<< /Length {Encoding.ASCII.GetByteCount(content)} >>\nstream\n{content}endstream");
            objects.Add(string.Create(CultureInfo.InvariantCulture, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {Width} {Height}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {objects.Count} 0 R >>"));
            kids.Add(objects.Count);
        }
        objects[1] = $"<< /Type /Pages /Kids [{string.Join(" ", kids.Select(k => $"{k} 0 R"))}] /Count {kids.Count} >>";
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.ASCII.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
