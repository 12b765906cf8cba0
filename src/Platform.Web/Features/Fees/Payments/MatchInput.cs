namespace Platform.Features.Fees.Payments;

internal sealed class MatchInput
{
    public string? Invoice { get; set; }
}
