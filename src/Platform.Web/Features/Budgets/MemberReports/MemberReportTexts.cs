namespace Platform.Features.Budgets.MemberReports;

/// <summary>The confirmations of the page of annual reports.</summary>
internal static class MemberReportTexts
{
    public static readonly IReadOnlyDictionary<string, string> Confirmations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["skickad"] = "Årsrapporten är lagd i utkorgen och skickas till medlemmen inom någon minut.",
    };
}
