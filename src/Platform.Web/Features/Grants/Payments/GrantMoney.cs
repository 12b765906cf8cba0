using Platform.Features.Grants.Model;

namespace Platform.Features.Grants.Payments;

/// <summary>
/// The money of one application: granted per year, its payments with their status, and the sums: paid,
/// planned (not paid), remaining = granted − paid − planned, and per year the money not used that an approved
/// annual report shows (to be repaid).
/// </summary>
internal sealed record GrantMoney(
    Guid ApplicationId, int Number, string Title, string Applicant, ApplicationState State, string ContactEmail,
    PaymentAccountKind? AccountKind, string? Account, DateOnly? AgreementSignedOn,
    IReadOnlyDictionary<int, long> Granted, IReadOnlyList<PaymentView> Payments, IReadOnlyDictionary<int, long> ToRepay)
{
    public long TotalGranted => Granted.Values.Sum();
    public long Paid => Payments.Where(p => p.Status == PaymentStatus.Paid).Sum(p => p.Amount);
    public long Planned => Payments.Where(p => p.Status != PaymentStatus.Paid).Sum(p => p.Amount);
    public long Remaining => PaymentRules.Remaining(TotalGranted, Paid, Planned);
    public long TotalToRepay => ToRepay.Values.Sum();
    public bool IsGranted => State is ApplicationState.Granted or ApplicationState.PartlyGranted;
}
