namespace Platform.Features.Interventions.Register;

/// <summary>The intervention register's Swedish confirmations, by the key a redirect puts in <c>?klart=</c>.</summary>
internal static class InterventionTexts
{
    public static readonly IReadOnlyDictionary<string, string> Confirmations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["skapad"] = "Insatsen är tillagd i registret.",
        ["sparad"] = "Insatsens uppgifter är sparade.",
        ["bemanning"] = "Bemanningen är sparad.",
        ["bemanning-borttagen"] = "Raden är borttagen ur bemanningen.",
        ["mal"] = "Målet är sparat.",
        ["mal-borttaget"] = "Målet är borttaget med sina uppföljningar.",
        ["uppfoljning"] = "Uppföljningen av målet är sparad.",
        ["budget"] = "Budgeten är sparad.",
    };

    /// <summary>The section of the intervention page each confirmation belongs to (the id of its heading).</summary>
    public static string? SectionOf(string done) => done switch
    {
        "bemanning" or "bemanning-borttagen" => "bemanning",
        "mal" or "mal-borttaget" or "uppfoljning" => "mal",
        "budget" => "budget",
        _ => null,
    };
}
