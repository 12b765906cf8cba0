namespace Platform.Features.Interventions.Results;

/// <summary>
/// The age bands of the results. Age is the year of the day in question minus the birth year (the day
/// a person started, ended, or was last active in the period). The register accepts ages 15–67 when a
/// record is made; a person who has since turned 68 counts in the last band, and a younger one in the first.
/// Counts (no records) have no age: they are shown as "Ålder okänd (antal)".
/// </summary>
internal static class AgeBands
{
    public const string Unknown = "Ålder okänd (antal)";

    public static IReadOnlyList<string> Names { get; } = ["15–24", "25–29", "30–39", "40–49", "50–67"];

    public static string Of(int age) => age switch
    {
        < 25 => Names[0],
        < 30 => Names[1],
        < 40 => Names[2],
        < 50 => Names[3],
        _ => Names[4],
    };
}
