namespace Platform.Features.Board.Model;

/// <summary>A meeting (sammanträde) of a body.</summary>
internal sealed class Meeting
{
    public Guid Id { get; init; }
    public Guid BodyId { get; set; }
    public MeetingKind Kind { get; set; }
    /// <summary>UTC instants; shown and entered in Swedish time.</summary>
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    public string? Place { get; set; }
    public string? VideoLink { get; set; }
    public MeetingStatus Status { get; set; }
    /// <summary>
    /// The calendar invitation's SEQUENCE (RFC 5545): raised by every change to the time, the place
    /// or the status once a notice has gone out, so that calendars replace the old invitation.
    /// </summary>
    public int Sequence { get; set; }
    /// <summary>The sequence the last notice (or cancellation) went out with; null until the first notice.</summary>
    public int? NoticeSequence { get; set; }
    public DateTime? NoticeSentAt { get; set; }
}
