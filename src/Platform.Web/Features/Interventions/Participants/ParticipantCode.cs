namespace Platform.Features.Interventions.Participants;

/// <summary>
/// The staff's local code of a participant: 2–20 letters, digits, dashes or underscores with at
/// least one digit (so that a name is refused), and never anything that looks like a personal
/// identity number or samordningsnummer, in any form (with or without century, dash, plus or
/// spaces, alone or inside a longer code).
/// </summary>
internal static class ParticipantCode
{
    public const string AskForCode = "Ange en lokal kod, till exempel MIA-0012 — aldrig namn eller personnummer.";
    public const string LooksLikeIdentityNumber = "Koden liknar ett personnummer eller samordningsnummer. Använd en lokal kod, till exempel MIA-0012 — aldrig personnummer.";

    /// <summary>The problem with <paramref name="value"/>, or null when it is a good code.</summary>
    public static string? Problem(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return AskForCode;
        if (LooksLikeIdentity(value)) return LooksLikeIdentityNumber;
        var code = value.Trim();
        if (code.Length is < 2 or > 20) return AskForCode;
        if (!code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or 'å' or 'ä' or 'ö' or 'Å' or 'Ä' or 'Ö')) return AskForCode;
        if (!code.Any(char.IsAsciiDigit)) return AskForCode;
        return null;
    }

    /// <summary>
    /// True when the text, with its spaces taken away, holds six digits that make a date (YYMMDD, the
    /// day plus 60 for a samordningsnummer), then an optional dash or plus, then four digits: that
    /// covers YYMMDD-NNNN, YYMMDDNNNN, YYMMDD+NNNN and, inside them, YYYYMMDD-NNNN and YYYYMMDDNNNN.
    /// </summary>
    public static bool LooksLikeIdentity(string value)
    {
        var text = new string([.. value.Where(c => !char.IsWhiteSpace(c))]);
        for (var i = 0; i + 10 <= text.Length; i++)
        {
            if (!Digits(text, i, 6) || !IsDate(text.AsSpan(i, 6))) continue;
            var rest = i + 6;
            if (rest < text.Length && text[rest] is '-' or '+') rest++;
            if (Digits(text, rest, 4)) return true;
        }
        return false;
    }

    private static bool Digits(string text, int start, int count) =>
        start + count <= text.Length && text.AsSpan(start, count).IndexOfAnyExceptInRange('0', '9') < 0;

    private static bool IsDate(ReadOnlySpan<char> yymmdd)
    {
        var month = (yymmdd[2] - '0') * 10 + (yymmdd[3] - '0');
        var day = (yymmdd[4] - '0') * 10 + (yymmdd[5] - '0');
        return month is >= 1 and <= 12 && (day is >= 1 and <= 31 || day is >= 61 and <= 91);
    }
}
