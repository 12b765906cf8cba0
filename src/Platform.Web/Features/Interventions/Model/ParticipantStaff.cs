namespace Platform.Features.Interventions.Model;

/// <summary>
/// A person with the role deltagaransvarig who keeps one intervention's participant records: only
/// they see and change them. Given by the admins, per intervention.
/// </summary>
internal sealed class ParticipantStaff
{
    public Guid InterventionId { get; init; }
    /// <summary>The person (the catalog's user).</summary>
    public Guid UserId { get; init; }
    public DateTime GrantedAt { get; init; }
    public required string GrantedBy { get; init; }
}
