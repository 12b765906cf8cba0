namespace Platform.Features.Grants.Payments;

/// <summary>A payment made: the day (not in the future) and the amount in whole kronor ("123 750").</summary>
internal sealed class PayInput
{
    public string? PaidOn { get; set; }
    public string? Amount { get; set; }
}
