namespace Platform.Features.Board.Minuting;

internal sealed class MinutesInput
{
    public string? Chair { get; set; }
    public string? Secretary { get; set; }
    public string? KeptAt { get; set; }
}
