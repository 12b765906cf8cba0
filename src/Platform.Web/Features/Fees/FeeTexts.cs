namespace Platform.Features.Fees;

/// <summary>The fee feature's Swedish messages, in one place.</summary>
internal static class FeeTexts
{
    /// <summary>What a page says after a change, by the key a redirect puts in <c>?klart=</c>.</summary>
    public static readonly IReadOnlyDictionary<string, string> Confirmations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["avgiftsbeslut"] = "Avgiftsbeslutet är sparat.",
        ["fakturering"] = "Faktureringsinställningarna är sparade.",
        ["fakturakorning"] = "Fakturakörningen är klar. Fakturor som skulle ut finns i listan och går till medlemmarnas fakturaadresser.",
        ["krediterad"] = "Fakturan är krediterad. Kreditfakturan går till medlemmens fakturaadress.",
        ["betalning"] = "Betalningen är registrerad.",
        ["bgmax"] = "Betalningsfilen är inläst. Betalningar med rätt OCR-nummer är kopplade till sina fakturor.",
        ["matchad"] = "Betalningen är kopplad till fakturan.",
        ["aterford"] = "Betalningen är återförd. Den står kvar, markerad som återförd, och räknas inte längre som betalning av fakturan.",
    };
}
