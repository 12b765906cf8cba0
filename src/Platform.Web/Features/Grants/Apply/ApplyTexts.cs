namespace Platform.Features.Grants.Apply;

/// <summary>The confirmations of the application form.</summary>
internal static class ApplyTexts
{
    public const string DraftSent = "utkast";
    public const string DraftSaved = "sparat";
    public const string Submitted = "inskickad";
    public const string AttachmentRemoved = "bilaga-borttagen";

    public static IReadOnlyDictionary<string, string> Confirmations { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [DraftSent] = "Utkastet är sparat. Vi har skickat en länk till kontaktpersonens e-postadress: med den fortsätter du med ansökan när du vill.",
        [DraftSaved] = "Utkastet är sparat.",
        [Submitted] = "Tack! Ansökan är inskickad. Ett kvitto med ansökan som PDF har skickats till kontaktpersonens e-postadress.",
        [AttachmentRemoved] = "Bilagan är borttagen.",
    };
}
