namespace Platform.Features.Grants.Model;

/// <summary>
/// A planned payment of a grant. Its state is read, not stored: utbetald once <see cref="PaidOn"/> is set,
/// klar att betala when its condition is met (and <see cref="NotBefore"/> has come), otherwise planerad.
/// </summary>
internal sealed class GrantPayment
{
    public Guid Id { get; init; }
    public Guid ApplicationId { get; init; }
    /// <summary>The year of the grant it pays.</summary>
    public int Year { get; set; }
    public int Order { get; set; }
    public long Amount { get; set; }
    public PaymentCondition Condition { get; set; }
    /// <summary>Not ready before this day (a later year's first part).</summary>
    public DateOnly? NotBefore { get; set; }
    public DateOnly? PaidOn { get; set; }
    public string? PaidBy { get; set; }
}
