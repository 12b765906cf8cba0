namespace Platform.Features.Interventions.Model;

/// <summary>A participant's activity hours in one calendar month of an episode.</summary>
internal sealed class ActivityMonth
{
    public Guid EpisodeId { get; init; }
    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; init; }
    public decimal Hours { get; set; }
}
