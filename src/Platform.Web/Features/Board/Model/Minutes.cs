namespace Platform.Features.Board.Model;

/// <summary>The minutes (protokoll) of a meeting; one per meeting, keyed by it.</summary>
internal sealed class Minutes
{
    public Guid MeetingId { get; init; }
    public MinutesStatus Status { get; set; }
    /// <summary>Who chaired the meeting (ordförande).</summary>
    public string? Chair { get; set; }
    public string? Secretary { get; set; }
    /// <summary>Where the adjusted minutes are kept, as the notice states it (KL 8 kap 10 §).</summary>
    public string? KeptAt { get; set; }
    public DateTime? SentForAdjustmentAt { get; set; }
    public DateOnly? AdjustedOn { get; set; }
    public DateTime? AdjustedAt { get; set; }
    /// <summary>The last time an adjuster sent the minutes back to the kansli, who, and why.</summary>
    public DateTime? SentBackAt { get; set; }
    public string? SentBackBy { get; set; }
    public string? SentBackComment { get; set; }
    /// <summary>Changed by every write, so that two adjusters approving at once cannot both be "the last".</summary>
    public int Version { get; set; }
}
