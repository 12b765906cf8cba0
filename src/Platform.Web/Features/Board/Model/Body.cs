namespace Platform.Features.Board.Model;

/// <summary>A body that meets and keeps minutes: the board, a preparatory group, the members' council, a steering group.</summary>
internal sealed class Body
{
    public Guid Id { get; init; }
    public BodyKind Kind { get; set; }
    public required string Name { get; set; }
}
