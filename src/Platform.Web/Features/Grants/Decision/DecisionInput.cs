namespace Platform.Features.Grants.Decision;

/// <summary>
/// The board's decision on an application: the paragraph of the minutes, Grant or Reject, the amount per year
/// (whole kronor, within the period and at most what was applied for), the conditions and the day.
/// </summary>
internal sealed class DecisionInput
{
    public string? ParagraphId { get; set; }
    public string? Outcome { get; set; }
    public List<YearAmountInput>? Years { get; set; }
    public string? Conditions { get; set; }
    public string? DecidedOn { get; set; }
}
