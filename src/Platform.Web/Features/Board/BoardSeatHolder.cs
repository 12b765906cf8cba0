namespace Platform.Features.Board;

/// <summary>
/// Someone who holds a seat today on the board or the preparatory group: their register id and name,
/// the member party the seat is for, the body ("Styrelsen") and whether they chair it.
/// </summary>
internal sealed record BoardSeatHolder(Guid ContactId, string Name, Guid? MemberId, string Body, bool OnBoard, bool Chair);
