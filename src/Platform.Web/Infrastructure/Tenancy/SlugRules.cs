using System.Text.RegularExpressions;

namespace Platform.Infrastructure.Tenancy;

/// <summary>
/// What an association's slug may be: it becomes a DNS label (<c>{slug}.{domain}</c>) and a database name.
/// </summary>
internal static partial class SlugRules
{
    public const int MinLength = 2;
    public const int MaxLength = 63; // the longest DNS label

    /// <summary>Words that name parts of the platform or common service hosts.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "www", "api", "admin", "app", "auth", "login", "konto", "connect", "identity", "hangfire", "health",
        "mail", "smtp", "imap", "pop", "ftp", "cdn", "static", "assets", "status", "docs", "help", "support",
        "platform", "plattform", "operator", "drift", "network", "natverk", "nns", "test", "demo", "localhost",
    };

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>True when the text has the shape of a slug (used as a safety check on stored values).</summary>
    public static bool IsWellFormed(string? slug) =>
        slug is { Length: >= MinLength and <= MaxLength } && Pattern().IsMatch(slug) && !slug.Contains("--", StringComparison.Ordinal);

    /// <summary>
    /// Swedish text as ASCII for addresses and file names: lower case, å and ä → a, ö → o, anything
    /// else that is not a letter or digit → a hyphen ("Skåne län" → "skane-lan").
    /// </summary>
    public static string Transliterate(string text) => new(text.ToLowerInvariant()
        .Replace('å', 'a').Replace('ä', 'a').Replace('ö', 'o')
        .Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());

    /// <summary>Null when the slug is acceptable for a new association; otherwise a Swedish explanation.</summary>
    public static string? Validate(string? slug)
    {
        if (string.IsNullOrWhiteSpace(slug))
            return "Ange en kortadress (slug), till exempel \"roslagen\".";
        if (slug.Length is < MinLength or > MaxLength)
            return $"Kortadressen måste vara {MinLength}–{MaxLength} tecken lång.";
        if (!IsWellFormed(slug))
            return "Kortadressen får bara innehålla små bokstäver a–z, siffror och bindestreck (inte först, sist eller två i rad). Skriv till exempel \"ostra-sodertorn\" i stället för \"Östra Södertörn\".";
        if (Reserved.Contains(slug))
            return $"Kortadressen \"{slug}\" är reserverad för plattformen. Välj en annan.";
        return null;
    }
}
