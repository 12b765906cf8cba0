namespace Platform.Features.Interventions.Model;

/// <summary>Of a <see cref="ParticipantCount"/>: how many ended for one reason, by gender.</summary>
internal sealed class ParticipantCountEnded
{
    public Guid CountId { get; init; }
    public Guid EndReasonId { get; init; }
    public int Women { get; set; }
    public int Men { get; set; }
}
