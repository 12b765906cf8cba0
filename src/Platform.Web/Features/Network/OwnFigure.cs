namespace Platform.Features.Network;

/// <param name="Median">Null (withheld) when fewer than <see cref="NetworkStatistics.MinimumForMedian"/> associations have the figure.</param>
internal sealed record OwnFigure(NetworkFigure Figure, decimal? Own, FigureCell? Median, int Associations);
