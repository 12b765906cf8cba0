namespace Platform.Features.Grants.Decision;

/// <summary>The whole payment plan at once: a year's rows must add up to that year's grant.</summary>
internal sealed class PaymentPlanInput
{
    public List<PaymentRowInput>? Rows { get; set; }
}
