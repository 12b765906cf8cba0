namespace Platform.Features.Board.Model;

/// <summary>A seat on a body for a term: an ordinarie ledamot or an ersättare, for one member party.</summary>
internal sealed class Seat
{
    public Guid Id { get; init; }
    public Guid BodyId { get; init; }
    public Guid ContactId { get; set; }
    public SeatKind Kind { get; set; }
    public SeatPosition Position { get; set; }
    /// <summary>The member party the seat is for (null for bodies without party seats).</summary>
    public Guid? MemberId { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    /// <summary>For a substitute: the order in which substitutes are called (1 first).</summary>
    public int? SubstituteOrder { get; set; }
}
