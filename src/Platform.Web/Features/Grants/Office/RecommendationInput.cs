namespace Platform.Features.Grants.Office;

/// <summary>The preparatory group's recommendation: Reject, AskForSupplement or Grant, with a comment.</summary>
internal sealed class RecommendationInput
{
    public string? Kind { get; set; }
    public string? Comment { get; set; }
}
