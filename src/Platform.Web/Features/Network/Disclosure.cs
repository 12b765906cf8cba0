namespace Platform.Features.Network;

/// <summary>
/// The rule that no figure of the network statistics may point at a person (DOMAIN.md): a count of
/// people from 1 to 4 is shown as "färre än 5", and a total is hidden too when the hidden counts could
/// be worked out from it. Every figure leaves the catalog through here, never as a raw value.
/// </summary>
internal static class Disclosure
{
    public const int Threshold = 5;

    private static bool IsSmall(decimal value) => value is >= 1 and < Threshold;

    /// <summary>One association's figure.</summary>
    public static FigureCell Cell(NetworkFigure figure, decimal? value) =>
        value is { } v && figure.Unit == FigureUnit.People && IsSmall(v) ? new FigureCell(null, true) : new FigureCell(Normalize(value), false);

    /// <summary>6.00 → 6: a decimal read back from the database keeps its stored scale, which the JSON would show.</summary>
    private static decimal? Normalize(decimal? value) => value / 1.000000000000000000000000000000000m;

    /// <summary>
    /// The sum over associations. For counts of people: with exactly one hidden count the total would
    /// give it away (total minus the others); with several, it gives them away when they are all 1 or
    /// all 4. In those cases the total is hidden as well.
    /// </summary>
    public static FigureCell Total(NetworkFigure figure, IReadOnlyCollection<decimal> values)
    {
        if (!figure.HasTotal || values.Count == 0) return FigureCell.Missing;
        var total = values.Sum();
        if (figure.Unit != FigureUnit.People) return new FigureCell(total, false);
        var hidden = values.Where(IsSmall).ToList();
        var revealing = hidden.Count == 1 || hidden.Count > 1 && (hidden.Sum() == hidden.Count || hidden.Sum() == 4 * hidden.Count);
        return revealing ? new FigureCell(null, true) : Cell(figure, total);
    }

    /// <summary>The median over associations: a count of people from 1 to 4 is hidden like any other.</summary>
    public static FigureCell Median(NetworkFigure figure, IReadOnlyCollection<decimal> values) => Cell(figure, NetworkMath.Median(values));
}
