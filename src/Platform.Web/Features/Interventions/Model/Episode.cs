namespace Platform.Features.Interventions.Model;

/// <summary>
/// One participant's time in an intervention (a participant record), without name or personal
/// identity number: a local code chosen by the staff identifies the person within the intervention,
/// and the same code may have several episodes. Only the intervention's participant staff see it.
/// </summary>
internal sealed class Episode
{
    public Guid Id { get; init; }
    public Guid InterventionId { get; init; }
    /// <summary>The staff's local code (never a name or identity number).</summary>
    public required string Code { get; set; }
    public Gender Gender { get; set; }
    public int BirthYear { get; set; }
    /// <summary>The home municipality (a member) at the start; later moves are in <see cref="EpisodeMove"/>.</summary>
    public Guid MunicipalityId { get; set; }
    /// <summary>The member party that referred the participant.</summary>
    public Guid ReferringMemberId { get; set; }
    public DateOnly Start { get; set; }
    public DateOnly? End { get; set; }
    /// <summary>From the association's list; set when <see cref="End"/> is.</summary>
    public Guid? EndReasonId { get; set; }
    public SupportSource SupportAtStart { get; set; }
    public SupportSource? SupportAtEnd { get; set; }
    public bool Consent { get; set; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; set; }
}
