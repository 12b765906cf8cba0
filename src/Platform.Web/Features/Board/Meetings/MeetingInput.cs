namespace Platform.Features.Board.Meetings;

internal sealed class MeetingInput
{
    public string? BodyId { get; set; }
    public string? Kind { get; set; }
    /// <summary>ÅÅÅÅ-MM-DD, Swedish date.</summary>
    public string? Date { get; set; }
    /// <summary>TT:MM, Swedish time.</summary>
    public string? StartTime { get; set; }
    public string? EndTime { get; set; }
    public string? Place { get; set; }
    public string? VideoLink { get; set; }
    /// <summary>Planned, NoticeSent, Held or Cancelled; Planned when left out.</summary>
    public string? Status { get; set; }
    /// <summary>A new meeting begins with an empty agenda instead of the body's standard items.</summary>
    public bool EmptyAgenda { get; set; }
}
