using Platform.Features.Grants.Model;

namespace Platform.Features.Grants.Payments;

/// <summary>
/// The payment rules of a grant, plain code: a payment's status is read, never stored (utbetald once
/// paid; klar att betala when its condition is met and its first day has come; otherwise planerad), and
/// the remaining amount (granted − paid − planned) never goes below zero through a payment.
/// </summary>
internal static class PaymentRules
{
    public static PaymentStatus StatusOf(GrantPayment payment, DateOnly? agreementSignedOn, IReadOnlyDictionary<int, DateOnly> approvedAnnualReports, DateOnly today)
    {
        if (payment.PaidOn is not null) return PaymentStatus.Paid;
        var metOn = ConditionMetOn(payment, agreementSignedOn, approvedAnnualReports);
        return metOn is not null && (payment.NotBefore is not { } first || first <= today) ? PaymentStatus.Ready : PaymentStatus.Planned;
    }

    /// <summary>The day the payment's condition was met: the agreement's signing, or the board's approval of that year's annual report.</summary>
    public static DateOnly? ConditionMetOn(GrantPayment payment, DateOnly? agreementSignedOn, IReadOnlyDictionary<int, DateOnly> approvedAnnualReports) => payment.Condition switch
    {
        PaymentCondition.AgreementSigned => agreementSignedOn,
        PaymentCondition.ReportApproved => approvedAnnualReports.TryGetValue(payment.Year, out var on) ? on : null,
        _ => null,
    };

    /// <summary>Granted − paid − planned (not paid).</summary>
    public static long Remaining(long granted, long paid, long planned) => granted - paid - planned;

    /// <summary>
    /// The most a payment planned at <paramref name="planned"/> may be paid with: its own amount plus what
    /// remains, so that paid + planned never exceeds the grant.
    /// </summary>
    public static long MostPayable(long planned, long remaining) => planned + Math.Max(0, remaining);

    /// <summary>Money not used in a year: paid for the year − the costs its annual report shows, when more was paid.</summary>
    public static long ToRepay(long paidForYear, long reportedCosts) => Math.Max(0, paidForYear - reportedCosts);
}
