namespace Platform.Features.Board.Meetings;

internal sealed class GuestInput
{
    public string? Name { get; set; }
    public string? Email { get; set; }
}
