namespace Platform.Features.Board.Model;

internal enum SeatKind
{
    /// <summary>Ordinarie ledamot.</summary>
    Member,
    /// <summary>Ersättare.</summary>
    Substitute,
}
