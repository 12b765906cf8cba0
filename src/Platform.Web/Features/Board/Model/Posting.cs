namespace Platform.Features.Board.Model;

/// <summary>A notice (anslag) on the association's digital notice board; its facts are copied, so the archive never changes.</summary>
internal sealed class Posting
{
    public Guid Id { get; init; }
    public Guid MeetingId { get; init; }
    public required string BodyName { get; init; }
    public DateOnly MeetingDate { get; init; }
    /// <summary>"§ 70–74".</summary>
    public required string Paragraphs { get; init; }
    /// <summary>Only the immediately adjusted paragraphs, before the rest of the minutes.</summary>
    public bool ImmediateOnly { get; init; }
    public DateOnly AdjustedOn { get; init; }
    public DateOnly PostedOn { get; init; }
    public DateOnly PostingDeadline { get; init; }
    public DateOnly LastAppealDay { get; init; }
    public DateOnly EarliestTakedown { get; init; }
    public bool Late { get; init; }
    public required string KeptAt { get; init; }
    public DateTime PostedAt { get; init; }
    public required string PostedBy { get; init; }
    public DateOnly? TakenDownOn { get; set; }
    public string? TakenDownBy { get; set; }
}
