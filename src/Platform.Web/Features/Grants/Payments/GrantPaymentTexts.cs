namespace Platform.Features.Grants.Payments;

/// <summary>The payment pages' confirmations, by the key a redirect puts in <c>?klart=</c>.</summary>
internal static class GrantPaymentTexts
{
    public static readonly IReadOnlyDictionary<string, string> Confirmations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["utbetald"] = "Utbetalningen är registrerad.",
        ["angrad"] = "Utbetalningen är ångrad. Den räknas som planerad igen.",
        ["planerad"] = "Den planerade utbetalningen är tillagd.",
    };
}
