namespace Platform.Features.Network;

/// <summary>One figure of the network statistics: its key in the catalog, the JSON and the CSV, and its Swedish label.</summary>
/// <param name="Key">camelCase, stable: the API contract and the catalog's rows use it.</param>
/// <param name="Group">The heading the figure is shown under.</param>
/// <param name="Description">What exactly is counted, in Swedish, for the page's explanations.</param>
/// <param name="Additive">False for a ratio (kronor per participant): the associations' values do not add up.</param>
internal sealed record NetworkFigure(string Key, string Label, string Group, FigureUnit Unit, string Description, bool Additive = true)
{
    /// <summary>Whether adding the associations' values makes sense (medians of days and ratios do not add up).</summary>
    public bool HasTotal => Unit != FigureUnit.Days && Additive;
}
