namespace Platform.Features.Board.Model;

/// <summary>A line of an agenda, or of a body's standard agenda: both are ordered, edited and moved the same way.</summary>
internal interface IAgendaLine
{
    Guid Id { get; }
    int Order { get; set; }
    string Title { get; set; }
    string? Description { get; set; }
    string? ProposedDecision { get; set; }
}
