namespace Platform.Features.Network;

/// <summary>
/// One association's statistics in the catalog: when its figures were last taken, how the last
/// attempt went, and its county (derived from its region member). Numbers and a county only.
/// </summary>
internal sealed class StatisticsSnapshot
{
    public Guid TenantId { get; init; }
    /// <summary>When the figures in <see cref="StatisticsFigure"/> were taken; null until the first success.</summary>
    public DateTime? TakenAt { get; set; }
    public DateTime AttemptedAt { get; set; }
    /// <summary>Why the last attempt failed (Swedish), or null when it succeeded.</summary>
    public string? Problem { get; set; }
    /// <summary>The county (län) of the association's region, e.g. "Stockholms län"; null when it has no known region.</summary>
    public string? County { get; set; }
}
