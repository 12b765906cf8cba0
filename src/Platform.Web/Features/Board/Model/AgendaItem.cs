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
}
