namespace Platform.Features.Board.Model;

/// <summary>Someone invited to a meeting who holds no seat on the body (övriga inbjudna): staff, a presenter, an expert.</summary>
internal sealed class Guest
{
    public Guid Id { get; init; }
    public Guid MeetingId { get; init; }
    public required string Name { get; set; }
    public required string Email { get; set; }
}
