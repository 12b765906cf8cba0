namespace Platform.Features.Board.Minuting;

internal sealed class AdjusterInput
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Scope { get; set; }
}
