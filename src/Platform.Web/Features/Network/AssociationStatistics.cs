namespace Platform.Features.Network;

/// <summary>One association's row: its figures as they may be shown (never a raw count of 1–4 people).</summary>
internal sealed record AssociationStatistics(
    string Slug, string Name, string? County, DateTime? TakenAt, SnapshotState State, string? Note, IReadOnlyDictionary<string, FigureCell> Figures)
{
    public FigureCell this[NetworkFigure figure] => Figures.GetValueOrDefault(figure.Key) ?? FigureCell.Missing;

    /// <summary>Share of the notices posted on time, 0–100, or null when none were posted.</summary>
    public decimal? PostingPunctuality => Percent(this[NetworkFigures.PostingsOnTime].Value, this[NetworkFigures.PostingsLate].Value);

    /// <summary>Share of the adjusted minutes adjusted within 14 days, 0–100.</summary>
    public decimal? AdjustmentPunctuality => Percent(this[NetworkFigures.MinutesAdjustedWithin14Days].Value,
        this[NetworkFigures.MinutesAdjusted].Value - this[NetworkFigures.MinutesAdjustedWithin14Days].Value);

    private static decimal? Percent(decimal? yes, decimal? no) =>
        yes is { } y && no is { } n && y + n > 0 ? Math.Round(100 * y / (y + n), 1) : null;
}
