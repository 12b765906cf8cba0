namespace Platform.Features.Board.Bodies;

/// <summary>A body to create or rename. Strings, so that a wrong value gets a field error.</summary>
internal sealed class BodyInput
{
    public string? Kind { get; set; }
    public string? Name { get; set; }
}
