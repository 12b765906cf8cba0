namespace Platform.Features.Network;

/// <summary>One aggregate figure of one association for one year, with the time it was taken.</summary>
internal sealed class StatisticsFigure
{
    public Guid TenantId { get; init; }
    public int Year { get; init; }
    /// <summary>A <see cref="NetworkFigure.Key"/>.</summary>
    public required string Figure { get; init; }
    public decimal Value { get; init; }
    public DateTime TakenAt { get; init; }
}
