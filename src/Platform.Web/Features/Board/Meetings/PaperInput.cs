namespace Platform.Features.Board.Meetings;

/// <summary>What can change about an uploaded paper: the agenda item it belongs to (none: the meeting as a whole) and whether it is public.</summary>
internal sealed class PaperInput
{
    public string? AgendaItemId { get; set; }
    public bool IsPublic { get; set; }
}
