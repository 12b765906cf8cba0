using System.Globalization;
using System.Text;

namespace Platform.Infrastructure.Demo;

/// <summary>
/// A one-page PDF of plain lines of text (Helvetica, WinAnsi: å, ä and ö included), for demo papers.
/// Just enough PDF to open in any reader and to pass the upload check.
/// </summary>
internal static class SimplePdf
{
    public static byte[] Render(string title, IEnumerable<string> lines)
    {
        var content = new StringBuilder("BT /F1 16 Tf 56 780 Td (").Append(Escape(title)).Append(") Tj /F1 11 Tf 0 -28 Td 15 TL\n");
        foreach (var line in lines.SelectMany(l => Wrap(l, 90))) content.Append('(').Append(Escape(line)).Append(") '\n");
        content.Append("ET");
        var stream = Latin1(content.ToString());

        var objects = new List<byte[]>
        {
            Latin1("<< /Type /Catalog /Pages 2 0 R >>"),
            Latin1("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Latin1("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"),
            Latin1("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
            Latin1($"<< /Length {stream.Length} >>\nstream\n").Concat(stream).Concat(Latin1("\nendstream")).ToArray(),
        };
        using var pdf = new MemoryStream();
        Write(pdf, "%PDF-1.4\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Write(pdf, $"{i + 1} 0 obj\n");
            pdf.Write(objects[i]);
            Write(pdf, "\nendobj\n");
        }
        var xref = pdf.Position;
        Write(pdf, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Write(pdf, $"{offset.ToString("0000000000", CultureInfo.InvariantCulture)} 00000 n \n");
        Write(pdf, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static IEnumerable<string> Wrap(string line, int width)
    {
        var current = new StringBuilder();
        foreach (var word in line.Split(' '))
        {
            if (current.Length > 0 && current.Length + word.Length + 1 > width)
            {
                yield return current.ToString();
                current.Clear();
            }
            if (current.Length > 0) current.Append(' ');
            current.Append(word);
        }
        yield return current.ToString();
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal)
        .Replace('–', '-');

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    private static void Write(Stream stream, string text) => stream.Write(Latin1(text));
}
