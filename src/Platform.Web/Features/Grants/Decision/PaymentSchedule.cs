using Platform.Features.Grants.Model;

namespace Platform.Features.Grants.Decision;

/// <summary>
/// The default payment plan (Sundsvall § 73): for each year, half of the year's grant (rounded down to whole
/// kronor) when the agreement is signed, not before January 1 of a year after the decision's, and the rest
/// when the board has approved that year's report.
/// </summary>
internal static class PaymentSchedule
{
    public static IEnumerable<(int Year, int Order, long Amount, PaymentCondition Condition, DateOnly? NotBefore)> Default(IEnumerable<(int Year, long Amount)> granted, DateOnly decidedOn)
    {
        foreach (var (year, amount) in granted.Where(g => g.Amount > 0).OrderBy(g => g.Year))
        {
            var half = amount / 2;
            yield return (year, 1, half, PaymentCondition.AgreementSigned, year > decidedOn.Year ? new DateOnly(year, 1, 1) : null);
            yield return (year, 2, amount - half, PaymentCondition.ReportApproved, null);
        }
    }
}
