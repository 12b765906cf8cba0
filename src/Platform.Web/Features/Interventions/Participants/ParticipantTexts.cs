namespace Platform.Features.Interventions.Participants;

/// <summary>The participant pages' Swedish confirmations, by the key a redirect puts in <c>?klart=</c>.</summary>
internal static class ParticipantTexts
{
    public static readonly IReadOnlyDictionary<string, string> Confirmations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["tillagd"] = "Deltagaren är tillagd.",
        ["sparad"] = "Deltagarens uppgifter är sparade.",
        ["borttagen"] = "Deltagarposten är borttagen.",
        ["flytt"] = "Flytten är sparad.",
        ["flytt-borttagen"] = "Flytten är borttagen.",
        ["timmar"] = "Aktivitetstimmarna är sparade.",
        ["antal"] = "Antalen är sparade.",
        ["antal-borttagna"] = "Antalen för perioden är borttagna.",
        ["given"] = "Personen är deltagaransvarig för insatsen.",
        ["tagen"] = "Personen är inte längre deltagaransvarig för insatsen.",
        ["orsak"] = "Avslutsorsaken är tillagd.",
        ["orsak-sparad"] = "Avslutsorsaken är sparad.",
        ["orsak-ur-bruk"] = "Avslutsorsaken erbjuds inte längre. Deltagare och antal som redan har den behåller den.",
        ["orsak-i-bruk"] = "Avslutsorsaken erbjuds igen.",
        ["gallring"] = "Tiden för gallring är sparad.",
    };
}
