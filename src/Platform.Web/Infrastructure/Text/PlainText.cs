using System.Text;

namespace Platform.Infrastructure.Text;

/// <summary>
/// Free text as the platform keeps and writes it: no control characters but newline and tab. A
/// vertical tab pasted from Word (Shift+Enter) is not valid in XML and broke the public Atom feed,
/// so text is cleaned when it is saved (the form binder and the JSON converter) and again when it
/// is written to XML, iCalendar and PDF, for text stored before.
/// </summary>
internal static class PlainText
{
    /// <summary>
    /// <paramref name="text"/> with line breaks as <c>\n</c> (CRLF, CR, and the vertical tab, form feed
    /// and NEL that Word and old systems use for one), tabs kept, and every other control character,
    /// unpaired surrogate and the non-characters U+FFFE and U+FFFF left out: all that remains is valid
    /// in XML 1.0 and in an iCalendar TEXT value once escaped.
    /// </summary>
    public static string Clean(string text)
    {
        if (IsClean(text)) return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    clean.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                    break;
                case '\v' or '\f' or '\u0085':
                    clean.Append('\n');
                    break;
                case '\t' or '\n':
                    clean.Append(c);
                    break;
                case '\uFFFE' or '\uFFFF':
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        clean.Append(c).Append(text[++i]);
                    }
                    else if (!char.IsControl(c) && !char.IsSurrogate(c))
                    {
                        clean.Append(c);
                    }
                    break;
            }
        }
        return clean.ToString();
    }

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    public static string? CleanOrNull(string? text) => text is null ? null : Clean(text);

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or '\n') continue;
            if (char.IsControl(c) || c is '\uFFFE' or '\uFFFF') return false;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(c)) return false;
        }
        return true;
    }
}
