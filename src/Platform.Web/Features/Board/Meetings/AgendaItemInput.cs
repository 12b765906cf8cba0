namespace Platform.Features.Board.Meetings;

internal sealed class AgendaItemInput
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? ProposedDecision { get; set; }
}
