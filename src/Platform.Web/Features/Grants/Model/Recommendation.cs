namespace Platform.Features.Grants.Model;

/// <summary>The preparatory group's recommendation (beredningsgruppens förslag) on an application.</summary>
internal sealed class Recommendation
{
    public Guid Id { get; init; }
    public Guid ApplicationId { get; init; }
    public RecommendationKind Kind { get; init; }
    public string? Comment { get; init; }
    public DateTime RecordedAt { get; init; }
    public required string RecordedBy { get; init; }
}
