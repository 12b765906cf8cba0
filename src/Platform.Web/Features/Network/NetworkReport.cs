namespace Platform.Features.Network;

/// <summary>The network's view of a year: every active association's figures, the national totals and medians.</summary>
internal sealed record NetworkReport(
    int Year,
    string? County,
    IReadOnlyList<AssociationStatistics> Associations,
    IReadOnlyDictionary<string, FigureCell> Totals,
    IReadOnlyDictionary<string, FigureCell> Medians,
    IReadOnlyList<ExcludedAssociation> Excluded,
    IReadOnlyList<FeeYear> FeesOverYears,
    IReadOnlyList<int> Years,
    IReadOnlyList<string> Counties,
    DateTime GeneratedAt)
{
    /// <summary>Whether every association's figures are current; otherwise the report is partial and says so.</summary>
    public bool Complete => Associations.All(a => a.State == SnapshotState.Current);

    public decimal? MedianPostingPunctuality => NetworkMath.Median(Associations.Select(a => a.PostingPunctuality).OfType<decimal>());
}
