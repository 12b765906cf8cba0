namespace Platform.Features.Board.Meetings;

internal sealed class AgendaItemInput
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? ProposedDecision { get; set; }
    /// <summary>Where a new item goes (1 = first); left out, last. A change keeps the item where it is.</summary>
    public int? Position { get; set; }
}
