namespace Platform.Features.Board.Model;

/// <summary>
/// Where a body's § numbers start in a year, when they do not start at 1 (Insjöriket's § 1100).
/// Within the year numbers continue from the last one used.
/// </summary>
internal sealed class ParagraphSeries
{
    public Guid BodyId { get; init; }
    public int Year { get; init; }
    public int StartsAt { get; set; }
}
