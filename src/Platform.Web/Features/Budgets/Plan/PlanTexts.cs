namespace Platform.Features.Budgets.Plan;

/// <summary>The budget pages' messages.</summary>
internal static class PlanTexts
{
    public const string NoVersion = "Budgeten har ingen sådan version.";
    public const string Adopted = "Budgeten är fastställd: dess budget och plan kan inte ändras. Revidera den för att ändra (prognosen går att ändra).";
    public const string Replaced = "Versionen är ersatt av en senare och kan inte ändras.";
    public const string NotProposal = "Bara ett förslag kan ändras på det sättet.";

    public static readonly IReadOnlyDictionary<string, string> Confirmations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["skapad"] = "Budgeten är skapad som förslag.",
        ["sparad"] = "Beloppen är sparade.",
        ["rad"] = "Raden är tillagd.",
        ["borttagen"] = "Raden är borttagen ur förslaget.",
        ["faststalld"] = "Budgeten är fastställd.",
        ["reviderad"] = "En ny version är skapad som förslag. Den fastställda gäller tills den nya fastställs.",
        ["bud"] = "Parternas bud är sparade.",
        ["installningar"] = "Inställningarna är sparade.",
    };
}
