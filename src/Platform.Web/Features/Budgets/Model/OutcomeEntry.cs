namespace Platform.Features.Budgets.Model;

/// <summary>Outcome entered by hand for a line and month (whole kronor, positive); it takes the place of what an import says for that line and month.</summary>
internal sealed class OutcomeEntry
{
    public Guid Id { get; init; }
    public Guid ItemId { get; init; }
    public int Year { get; init; }
    /// <summary>1–12.</summary>
    public int Month { get; init; }
    public long Amount { get; set; }
    public string? Note { get; set; }
    public DateTime EnteredAt { get; set; }
    public required string EnteredBy { get; set; }
}
