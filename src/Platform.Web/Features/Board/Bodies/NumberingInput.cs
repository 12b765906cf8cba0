namespace Platform.Features.Board.Bodies;

internal sealed class NumberingInput
{
    public int? Year { get; set; }
    public int? StartsAt { get; set; }
}
