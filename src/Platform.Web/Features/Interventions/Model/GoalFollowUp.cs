namespace Platform.Features.Interventions.Model;

/// <summary>A goal's follow-up in one report (a half-year or a year): its status, and the value when it is entered.</summary>
internal sealed class GoalFollowUp
{
    public Guid Id { get; init; }
    public Guid GoalId { get; init; }
    /// <summary>The report's period.</summary>
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    public GoalStatus Status { get; set; }
    /// <summary>For an entered goal: the value found.</summary>
    public decimal? Value { get; set; }
    public string? Comment { get; set; }
    public DateTime RecordedAt { get; set; }
    public required string RecordedBy { get; set; }
}
