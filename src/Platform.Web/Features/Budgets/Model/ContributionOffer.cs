namespace Platform.Features.Budgets.Model;

/// <summary>
/// What a party offers to contribute for a year (the state's "idealberäkning", the region's unchanged
/// level): the smallest offer divided by its share caps the total everyone pays.
/// </summary>
internal sealed class ContributionOffer
{
    public Guid Id { get; init; }
    public int Year { get; init; }
    public OfferParty Party { get; init; }
    /// <summary>Whole kronor.</summary>
    public long Amount { get; set; }
    public string? Note { get; set; }
    public DateTime UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
}
