namespace Platform.Features.Fees.Payments;

/// <summary>Why a payment is reversed (required).</summary>
internal sealed class ReversalInput
{
    public string? Reason { get; set; }
}
