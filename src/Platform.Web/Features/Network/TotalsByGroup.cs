namespace Platform.Features.Network;

/// <summary>The total of a figure for the whole country and for each group (county), as they may be shown together.</summary>
internal sealed record TotalsByGroup(FigureCell National, IReadOnlyDictionary<string, FigureCell> Groups)
{
    public FigureCell For(string? group) => group is null ? National : Groups.GetValueOrDefault(group) ?? FigureCell.Missing;
}
