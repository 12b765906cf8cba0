namespace Platform.Features.Board.Model;

/// <summary>An item (ärende) on a meeting's agenda.</summary>
internal sealed class AgendaItem : IAgendaLine
{
    public Guid Id { get; init; }
    public Guid MeetingId { get; init; }
    public int Order { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public string? ProposedDecision { get; set; }
    /// <summary>
    /// Who will not take part in the decision because of a conflict of interest (jäv), known before the meeting
    /// (a funding application's conflicts); the paragraph drafted from the item says so by itself.
    /// </summary>
    public List<string> Recusals { get; set; } = [];
}
