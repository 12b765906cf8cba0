namespace Platform.Infrastructure.Documents;

/// <summary>The name an uploaded file keeps, shown in lists, emails and the download.</summary>
internal static class FileNames
{
    /// <summary>
    /// The last segment of <paramref name="fileName"/>, trimmed, without control characters and without
    /// the bidirectional embedding, override and isolate characters (U+202A–U+202E, U+2066–U+2069),
    /// with which "protokoll\u202Efdp.exe" reads as "protokollexe.pdf". Empty when nothing is left.
    /// </summary>
    public static string Clean(string? fileName)
    {
        var name = Path.GetFileName(fileName ?? "");
        return new string(name.Where(c => !char.IsControl(c) && !IsBidiControl(c)).ToArray()).Trim();
    }

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
