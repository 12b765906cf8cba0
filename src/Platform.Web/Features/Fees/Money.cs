namespace Platform.Features.Fees;

/// <summary>Money is kept in öre (whole numbers) and shown the Swedish way.</summary>
internal static class Money
{
    /// <summary>"190 575,00 kr" (with a non-breaking space between thousands, as sv-SE writes).</summary>
    public static string Format(long ore) => (ore / 100m).ToString("N2", Platform.Infrastructure.SwedishTime.Culture) + " kr";

    /// <summary>"6 930 000 kr" for a whole-krona amount.</summary>
    public static string Kronor(long kronor) => kronor.ToString("N0", Platform.Infrastructure.SwedishTime.Culture) + " kr";

    /// <summary>öre as kronor with two decimals, for APIs and e-invoices.</summary>
    public static decimal ToKronor(long ore) => ore / 100m;
}
