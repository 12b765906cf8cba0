using UglyToad.PdfPig.Fonts.TrueType;
using UglyToad.PdfPig.Fonts.TrueType.Parser;

namespace Platform.Infrastructure.Documents;

/// <summary>
/// DejaVu Sans, regular and bold, embedded in the assembly (Fonts/LICENSE.txt), for every PDF the platform
/// writes: å, ä and ö need an embedded font to print everywhere.
/// </summary>
internal static class PdfFonts
{
    public static readonly Lazy<byte[]> Regular = new(() => Font("DejaVuSans"));
    public static readonly Lazy<byte[]> Bold = new(() => Font("DejaVuSans-Bold"));
    private static readonly Lazy<TrueTypeFont> RegularGlyphs = new(() => TrueTypeFontParser.Parse(new TrueTypeDataBytes(Regular.Value)));
    private static readonly Lazy<TrueTypeFont> BoldGlyphs = new(() => TrueTypeFontParser.Parse(new TrueTypeDataBytes(Bold.Value)));
    private const char Replacement = '\uFFFD';

    /// <summary>
    /// <paramref name="text"/> as the font can print it: line breaks and tabs as spaces, other control
    /// characters left out, and any character the font has no glyph for (中, an emoji, or anything outside
    /// the BMP, which the writer cannot encode) as the replacement glyph �. PdfPig would otherwise throw,
    /// and no name or text may stop a document from being made.
    /// </summary>
    public static string Printable(string text, bool strong = false)
    {
        var font = strong ? BoldGlyphs.Value : RegularGlyphs.Value;
        var printable = new System.Text.StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is '\t' or '\n' or '\r') printable.Append(' ');
            else if (System.Text.Rune.IsControl(rune)) continue;
            else if (rune.IsBmp && HasGlyph(font, rune.Value)) printable.Append((char)rune.Value);
            else printable.Append(Replacement);
        }
        return printable.ToString();
    }

    // The parsed font caches glyphs as it reads them; documents are rendered on many threads.
    private static bool HasGlyph(TrueTypeFont font, int character)
    {
        lock (font) return font.TryGetBoundingBox(character, out _);
    }

    private static byte[] Font(string name)
    {
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream($"Fonts.{name}.ttf")
            ?? throw new InvalidOperationException($"The embedded font {name} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
