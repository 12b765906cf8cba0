namespace Platform.Features.Budgets.Outcome;

/// <summary>The outcome pages' Swedish confirmations.</summary>
internal static class OutcomeTexts
{
    public static readonly IReadOnlyDictionary<string, string> Confirmations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["sie"] = "Filen är inläst.",
        ["sie-borttagen"] = "Inläsningen är borttagen. Räkenskapsårets närmast äldre inläsning gäller nu, om det finns någon.",
        ["mappning"] = "Kontomappningen är sparad. Utfallet räknas om från alla inläsningar direkt; inget behöver läsas in igen.",
        ["utfall"] = "Utfallet är sparat. Det ersätter inläsningens belopp för posten och månaden.",
        ["utfall-borttaget"] = "Utfallet för hand är borttaget. Inläsningens belopp gäller igen för posten och månaden.",
    };

    public static readonly string[] MonthNames = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
}
