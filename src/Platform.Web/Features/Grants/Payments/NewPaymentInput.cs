namespace Platform.Features.Grants.Payments;

/// <summary>A payment added to the plan: the grant's year, whole kronor, the condition (agreementSigned or reportApproved) and an optional first day.</summary>
internal sealed class NewPaymentInput
{
    public string? Year { get; set; }
    public string? Amount { get; set; }
    public string? Condition { get; set; }
    public string? NotBefore { get; set; }
}
