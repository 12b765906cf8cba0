namespace Platform.Features.Network;

/// <summary>
/// The rule that no figure of the network statistics may point at a person (DOMAIN.md): a count of
/// people from 1 to 4 is shown as "färre än 5", and a total or a median is hidden too when the hidden
/// counts could be worked out from it, alone or together with any other view the network can ask for
/// (the whole country and each county). Every figure leaves the catalog through here, never as a raw value.
/// </summary>
internal static class Disclosure
{
    public const int Threshold = 5;

    /// <summary>A median is shown only over at least this many values: with fewer, it and the values around it give each other away.</summary>
    public const int MinimumForMedian = 5;

    private static bool IsSmall(decimal value) => value is >= 1 and < Threshold;

    /// <summary>One association's figure.</summary>
    public static FigureCell Cell(NetworkFigure figure, decimal? value) =>
        value is { } v && figure.Unit == FigureUnit.People && IsSmall(v) ? new FigureCell(null, true) : new FigureCell(Normalize(value), false);

    /// <summary>6.00 → 6: a decimal read back from the database keeps its stored scale, which the JSON would show.</summary>
    private static decimal? Normalize(decimal? value) => value / 1.000000000000000000000000000000000m;

    /// <summary>
    /// The sum over one set of associations, checked alone. For counts of people: with exactly one
    /// hidden count the total would give it away (total minus the others); with several, it gives them
    /// away when they are all 1 or all 4. In those cases the total is hidden as well.
    /// </summary>
    public static FigureCell Total(NetworkFigure figure, IReadOnlyCollection<decimal> values)
    {
        if (!figure.HasTotal || values.Count == 0) return FigureCell.Missing;
        var total = values.Sum();
        if (figure.Unit != FigureUnit.People) return new FigureCell(total, false);
        return Safe(values) ? Cell(figure, total) : new FigureCell(null, true);
    }

    /// <summary>
    /// The totals of every view at once: the whole country and each group (county). Checked one by one,
    /// the country's total minus a county's is the sum of the other counties, which can give away a
    /// hidden count that neither total gives alone. So a group's total is shown only when it is safe
    /// alone, and the country's total only when the groups whose totals are hidden are safe together
    /// (the country's total minus the shown ones is their sum). When they are not, one more group's
    /// total is hidden if that makes them safe; otherwise the country's total is hidden. Every sum anyone
    /// can then work out covers either one shown group or the hidden groups together, each of which
    /// leaves every hidden count at least two possible values.
    /// </summary>
    public static TotalsByGroup Totals(NetworkFigure figure, IReadOnlyCollection<(string Group, decimal Value)> values)
    {
        var members = values.GroupBy(v => v.Group, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyCollection<decimal>)[.. g.Select(v => v.Value)], StringComparer.Ordinal);
        var groups = members.ToDictionary(g => g.Key, g => Total(figure, g.Value), StringComparer.Ordinal);
        var national = Total(figure, [.. values.Select(v => v.Value)]);
        if (figure.Unit != FigureUnit.People || national.Value is null) return new TotalsByGroup(national, groups);

        var unshown = groups.Where(g => g.Value.Value is null).SelectMany(g => members[g.Key]).ToList();
        if (Safe(unshown)) return new TotalsByGroup(national, groups);

        // One more group hidden: the smallest that makes the hidden ones safe together (then by name, so every view agrees).
        var extra = groups.Where(g => g.Value.Value is not null)
            .OrderBy(g => members[g.Key].Count).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault(g => Safe([.. unshown, .. members[g]]));
        if (extra is null) return new TotalsByGroup(new FigureCell(null, true), groups);
        groups[extra] = new FigureCell(null, true);
        return new TotalsByGroup(national, groups);
    }

    /// <summary>Whether the sum of these counts of people may be known: it is not 1–4 and does not give a hidden count away.</summary>
    private static bool Safe(IReadOnlyCollection<decimal> values) => !IsSmall(values.Sum()) && !Reveals([.. values.Where(IsSmall)]);

    /// <summary>Whether the sum of these hidden counts (each 1–4) gives any of them away: one alone, or all 1, or all 4.</summary>
    private static bool Reveals(IReadOnlyCollection<decimal> hidden) =>
        hidden.Count == 1 || hidden.Count > 1 && (hidden.Sum() == hidden.Count || hidden.Sum() == 4 * hidden.Count);

    /// <summary>
    /// The median over associations. For counts of people it is hidden over fewer than five values
    /// (with two, it is the mean of both, and one visible count gives the other away) and when a hidden
    /// count is in the middle (it would be the median, or half of it).
    /// </summary>
    public static FigureCell Median(NetworkFigure figure, IReadOnlyCollection<decimal> values)
    {
        if (figure.Unit != FigureUnit.People) return Cell(figure, NetworkMath.Median(values));
        if (values.Count == 0) return FigureCell.Missing;
        if (values.Count < MinimumForMedian || NetworkMath.Middle(values).Any(IsSmall)) return new FigureCell(null, true);
        return Cell(figure, NetworkMath.Median(values));
    }
}
