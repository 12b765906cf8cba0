namespace Platform.Features.Budgets.Plan;

/// <summary>The board's adoption: its date (YYYY-MM-DD) and, when it is in the platform's minutes, the paragraph.</summary>
internal sealed class AdoptInput
{
    public string? AdoptedOn { get; set; }
    public string? ParagraphId { get; set; }
}
