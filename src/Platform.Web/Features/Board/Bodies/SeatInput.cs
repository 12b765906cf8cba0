namespace Platform.Features.Board.Bodies;

internal sealed class SeatInput
{
    public string? ContactId { get; set; }
    public string? Kind { get; set; }
    public string? Position { get; set; }
    public string? MemberId { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public int? SubstituteOrder { get; set; }
}
