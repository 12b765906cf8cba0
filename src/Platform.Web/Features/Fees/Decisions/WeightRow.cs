namespace Platform.Features.Fees.Decisions;

/// <summary>The form's row for one member: text, so that "44,5" (a Swedish decimal comma) is read as meant.</summary>
internal sealed class WeightRow
{
    public Guid MemberId { get; set; }
    public string? Population { get; set; }
    public string? Percent { get; set; }
}
