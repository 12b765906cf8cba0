namespace Platform.Features.Board.Meetings;

/// <summary>Where an agenda item goes: one step up or down, or to a position (1 = first).</summary>
internal sealed class AgendaMoveInput
{
    /// <summary>"up" or "down".</summary>
    public string? Direction { get; set; }
    public int? Position { get; set; }
}
