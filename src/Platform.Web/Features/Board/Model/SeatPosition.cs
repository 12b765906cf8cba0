namespace Platform.Features.Board.Model;

internal enum SeatPosition
{
    None,
    /// <summary>Ordförande.</summary>
    Chair,
    /// <summary>Vice ordförande.</summary>
    ViceChair,
}
