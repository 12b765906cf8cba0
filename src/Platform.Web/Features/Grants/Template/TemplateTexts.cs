namespace Platform.Features.Grants.Template;

/// <summary>The confirmations of the template page.</summary>
internal static class TemplateTexts
{
    public static IReadOnlyDictionary<string, string> Confirmations { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["introduktion"] = "Introduktionen är sparad.",
        ["avsnitt"] = "Avsnittet är sparat.",
        ["avsnitt-nytt"] = "Avsnittet är tillagt sist i ansökan.",
        ["avsnitt-av"] = "Avsnittet visas inte längre i nya ansökningar. Ansökningar som redan besvarat det behåller sina svar.",
        ["avsnitt-pa"] = "Avsnittet visas igen i ansökan.",
        ["kostnad"] = "Kostnadsslaget är sparat.",
        ["kostnad-nytt"] = "Kostnadsslaget är tillagt.",
        ["kostnad-av"] = "Kostnadsslaget visas inte längre i nya ansökningar.",
        ["kostnad-pa"] = "Kostnadsslaget visas igen i ansökan.",
    };
}
