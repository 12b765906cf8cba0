namespace Platform.Features.Board.Model;

/// <summary>An adjuster (justerare) of the minutes; approves signed in with <see cref="Email"/>.</summary>
internal sealed class Adjuster
{
    public Guid Id { get; init; }
    public Guid MeetingId { get; init; }
    public int Order { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    /// <summary>The person in the register the adjuster was chosen as (their email comes from there).</summary>
    public Guid? ContactId { get; set; }
    /// <summary>When the adjuster adjusts only some paragraphs ("§ 73").</summary>
    public string? Scope { get; set; }
    public DateTime? ApprovedAt { get; set; }
}
