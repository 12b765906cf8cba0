namespace Platform.Features.Board.Minuting;

internal sealed class ParagraphInput
{
    /// <summary>Left out: the next number in the body's series for the year.</summary>
    public int? Number { get; set; }
    public string? Title { get; set; }
    public string? Text { get; set; }
    public string? Decision { get; set; }
    public string? Proposals { get; set; }
    public string? Voting { get; set; }
    /// <summary>One name per line.</summary>
    public string? Recusals { get; set; }
    /// <summary>One name per line.</summary>
    public string? Reservations { get; set; }
    public bool NotForPublication { get; set; }
}
