namespace Platform.Features.Grants.Reports;

/// <summary>The report pages' confirmations, by the key a redirect puts in <c>?klart=</c>.</summary>
internal static class GrantReportTexts
{
    public static readonly IReadOnlyDictionary<string, string> Confirmations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["lank"] = "Länken till redovisningen är skickad till mottagarens kontaktperson.",
        ["granskad"] = "Redovisningen är markerad som granskad. Styrelsen kan nu godkänna den.",
        ["tillbaka"] = "Redovisningen är skickad tillbaka med en ny länk och din kommentar.",
        ["godkand"] = "Styrelsens godkännande är registrerat.",
        ["inskickad"] = "Tack! Redovisningen är inskickad. Länken gäller inte längre; kansliet hör av sig om något behöver kompletteras.",
    };
}
