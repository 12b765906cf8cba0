namespace Platform.Features.Grants.Model;

/// <summary>
/// A person of the board or the preparatory group who does not take part in the decision on an application
/// (jäv): because they represent the applicant's party, found by the platform from their seat, or because they declared it.
/// </summary>
internal sealed class ConflictOfInterest
{
    public Guid Id { get; init; }
    public Guid ApplicationId { get; init; }
    /// <summary>The person in the board's register (Board's record, no foreign key).</summary>
    public Guid? ContactId { get; init; }
    public required string Name { get; init; }
    public ConflictReason Reason { get; init; }
    public string? Note { get; init; }
    public DateTime RecordedAt { get; init; }
    public required string RecordedBy { get; init; }
}
