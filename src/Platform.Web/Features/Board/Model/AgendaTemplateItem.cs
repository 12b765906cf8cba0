namespace Platform.Features.Board.Model;

/// <summary>A standard item of a body's agenda (dagordningsmall): a new meeting of the body begins its agenda with these, in order.</summary>
internal sealed class AgendaTemplateItem : IAgendaLine
{
    public Guid Id { get; init; }
    public Guid BodyId { get; init; }
    public int Order { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public string? ProposedDecision { get; set; }
}
