namespace Platform.Features.Interventions.Model;

/// <summary>
/// Plain counts for one period, for participants who gave no consent to a record and for structural
/// interventions: started and active by gender; ended by gender and reason in <see cref="ParticipantCountEnded"/>.
/// </summary>
internal sealed class ParticipantCount
{
    public Guid Id { get; init; }
    public Guid InterventionId { get; init; }
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    public int WomenStarted { get; set; }
    public int MenStarted { get; set; }
    /// <summary>Active at some time in the period.</summary>
    public int WomenActive { get; set; }
    public int MenActive { get; set; }
    public List<ParticipantCountEnded> Ended { get; set; } = [];
    public DateTime RecordedAt { get; set; }
    public required string RecordedBy { get; set; }
}
