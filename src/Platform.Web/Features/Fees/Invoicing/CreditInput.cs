namespace Platform.Features.Fees.Invoicing;

internal sealed class CreditInput
{
    public string? Reason { get; set; }
    /// <summary>Make a new invoice for the member and period at the next invoicing run (from the member's current details).</summary>
    public bool Reissue { get; set; }
}
