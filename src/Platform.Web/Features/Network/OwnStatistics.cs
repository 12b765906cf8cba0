namespace Platform.Features.Network;

/// <summary>One association's own figures beside the national median, for its admins.</summary>
internal sealed record OwnStatistics(int Year, DateTime? TakenAt, IReadOnlyList<OwnFigure> Figures, int Associations, IReadOnlyList<int> Years);
