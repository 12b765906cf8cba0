namespace Platform.Features.Interventions.Model;

/// <summary>
/// A reason for ending from the association's list. The seeded ones carry the codes of the API
/// (work, studies, memberMeasure, backToReferrer, other, discontinued); an association may add its own.
/// </summary>
internal sealed class EndReason
{
    public Guid Id { get; init; }
    /// <summary>Stable, unique: the key of <c>endedByReason</c> in the API.</summary>
    public required string Code { get; init; }
    /// <summary>The Swedish name shown, e.g. "Ordinarie insats hos medlem".</summary>
    public required string Name { get; set; }
    public int Order { get; set; }
    /// <summary>Which of the board's three groups it counts in (work or studies / a member's ordinary measure / other).</summary>
    public EndGroup Group { get; set; }
    /// <summary>No longer offered for new endings; kept for the records that have it.</summary>
    public bool Retired { get; set; }
}
