namespace Platform.Features.Grants.Office;

/// <summary>The office's words for applications: confirmations after a change, and refusals.</summary>
internal static class OfficeTexts
{
    public const string NoApplication = "Ansökan finns inte.";
    public const string NoConflict = "Jävet finns inte registrerat för ansökan.";
    public const string NoFile = "Filen finns inte.";

    public static readonly IReadOnlyDictionary<string, string> Confirmations = new Dictionary<string, string>
    {
        ["beredning"] = "Ansökan är tagen upp till beredning.",
        ["komplettering"] = "Begäran om komplettering är skickad till den sökandes kontaktperson, med en ny länk till ansökan.",
        ["forslag"] = "Beredningsgruppens förslag är sparat.",
        ["atertagen"] = "Ansökan är återtagen.",
        ["jav"] = "Jävet är registrerat. Personen deltar inte i beslutet.",
        ["jav-sokt"] = "Styrelsens och beredningsgruppens ledamöter är genomgångna: de som sitter för den sökande parten är registrerade som jäviga.",
        ["jav-borttaget"] = "Jävet är borttaget.",
        ["styrelsen"] = "Ansökan ligger på styrelsens dagordning, med ansökan som handling.",
        ["justerare"] = "Justeraren för paragrafen är utsedd.",
        ["beslut"] = "Beslutet är registrerat.",
        ["betalplan"] = "Utbetalningsplanen är sparad.",
        ["rapportdagar"] = "Antalet dagar till redovisningarnas sista dag är sparat.",
        ["avtal"] = "Avtalets undertecknande är registrerat.",
    };
}
