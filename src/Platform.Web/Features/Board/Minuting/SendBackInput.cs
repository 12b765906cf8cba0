namespace Platform.Features.Board.Minuting;

internal sealed class SendBackInput
{
    public string? Comment { get; set; }
}
