namespace Platform.Features.Board.Minuting;

/// <summary>Chair and secretary chosen among those present (their lines' ids); the minutes keep and print their names.</summary>
internal sealed class MinutesInput
{
    public string? ChairId { get; set; }
    public string? SecretaryId { get; set; }
    /// <summary>Without <see cref="ChairId"/> (the API of before): the name of someone present.</summary>
    public string? Chair { get; set; }
    public string? Secretary { get; set; }
    public string? KeptAt { get; set; }
}
