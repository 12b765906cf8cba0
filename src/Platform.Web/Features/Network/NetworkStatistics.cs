using Microsoft.EntityFrameworkCore;
using Platform.Infrastructure;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Network;

/// <summary>How current an association's figures are.</summary>
internal enum SnapshotState
{
    /// <summary>Taken by the last night's job (within two days).</summary>
    Current,
    /// <summary>Older than two days: the nightly job has not reached the association since.</summary>
    Stale,
    /// <summary>The last attempt failed; the figures are the last good ones.</summary>
    Failed,
    /// <summary>No figures yet.</summary>
    Missing,
}

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

/// <summary>An association left out of the statistics, and why (in Swedish).</summary>
internal sealed record ExcludedAssociation(string Slug, string Name, string Reason);

/// <summary>The year's national fees, for the chart over years.</summary>
internal sealed record FeeYear(int Year, decimal Decided, decimal Invoiced, decimal Paid);

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

/// <summary>One association's own figures beside the national median, for its admins.</summary>
internal sealed record OwnStatistics(int Year, DateTime? TakenAt, IReadOnlyList<OwnFigure> Figures, int Associations, IReadOnlyList<int> Years);

/// <param name="Median">Null (withheld) when fewer than <see cref="NetworkStatistics.MinimumForMedian"/> associations have the figure.</param>
internal sealed record OwnFigure(NetworkFigure Figure, decimal? Own, FigureCell? Median, int Associations);

/// <summary>
/// Reads the statistics snapshots in the catalog, never an association's database: the dashboard
/// answers in the same time for 9 associations as for 200, and an association that is down does not
/// hold it up (its last figures are shown, flagged).
/// </summary>
internal sealed class NetworkStatistics(CatalogDb catalog, TenantCatalog tenants, TenantAvailability availability, TimeProvider clock)
{
    /// <summary>Figures older than this are flagged as not current.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromHours(48);

    /// <summary>An association sees the median of the others only when at least this many have the figure: with two, the median would give the other one's figure away.</summary>
    public const int MinimumForMedian = 5;

    public const string UnknownCounty = "Okänt län";

    private static readonly string[] FeeKeys = [NetworkFigures.FeesDecided.Key, NetworkFigures.FeesInvoiced.Key, NetworkFigures.FeesPaid.Key];

    public async Task<NetworkReport> ReportAsync(int year, string? county, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var active = tenants.All.Where(t => t.IsActive).ToList();
        var snapshots = await catalog.StatisticsSnapshots.AsNoTracking().ToDictionaryAsync(s => s.TenantId, ct);
        var counties = active.Select(t => CountyOf(snapshots.GetValueOrDefault(t.Id.Value))).Distinct()
            .Order(StringComparer.Create(SwedishTime.Culture, ignoreCase: true)).ToList();
        var shown = active.Where(t => county is null || CountyOf(snapshots.GetValueOrDefault(t.Id.Value)) == county).ToList();
        var ids = shown.Select(t => t.Id.Value).ToHashSet();

        var figures = (await catalog.StatisticsFigures.AsNoTracking().Where(f => f.Year == year).Select(f => new { f.TenantId, f.Figure, f.Value }).ToListAsync(ct))
            .Where(f => ids.Contains(f.TenantId)).ToLookup(f => f.TenantId);
        var rows = shown
            .Select(t =>
            {
                var snapshot = snapshots.GetValueOrDefault(t.Id.Value);
                var (state, note) = StateOf(t, snapshot, now);
                var cells = figures[t.Id.Value].Where(f => NetworkFigures.Find(f.Figure) is not null)
                    .ToDictionary(f => f.Figure, f => Disclosure.Cell(NetworkFigures.Find(f.Figure)!, f.Value), StringComparer.Ordinal);
                return new AssociationStatistics(t.Slug, t.Name, snapshot?.County, snapshot?.TakenAt, state, note, cells);
            })
            .OrderBy(r => r.Name, StringComparer.Create(SwedishTime.Culture, ignoreCase: true)).ToList();

        // Totals and medians from the raw values, which never leave this method.
        var raw = NetworkFigures.All.ToDictionary(f => f.Key, f => (IReadOnlyCollection<decimal>)[.. ids.SelectMany(id => figures[id]).Where(x => x.Figure == f.Key).Select(x => x.Value)]);
        var totals = NetworkFigures.All.ToDictionary(f => f.Key, f => Disclosure.Total(f, raw[f.Key]), StringComparer.Ordinal);
        var medians = NetworkFigures.All.ToDictionary(f => f.Key, f => Disclosure.Median(f, raw[f.Key]), StringComparer.Ordinal);

        var excluded = tenants.All.Where(t => t.Status is not (TenantStatus.Active or TenantStatus.Deleted))
            .Select(t => new ExcludedAssociation(t.Slug, t.Name, t.Status switch
            {
                TenantStatus.Suspended => "avstängt av plattformens drift",
                TenantStatus.Provisioning => "läggs upp",
                _ => "avvecklas",
            }))
            .OrderBy(e => e.Name, StringComparer.Create(SwedishTime.Culture, ignoreCase: true)).ToList();

        var feeRows = await catalog.StatisticsFigures.AsNoTracking().Where(f => FeeKeys.Contains(f.Figure))
            .Select(f => new { f.TenantId, f.Year, f.Figure, f.Value }).ToListAsync(ct);
        var fees = feeRows.Where(f => ids.Contains(f.TenantId)).GroupBy(f => f.Year).OrderBy(g => g.Key)
            .Select(g => new FeeYear(g.Key,
                g.Where(f => f.Figure == NetworkFigures.FeesDecided.Key).Sum(f => f.Value),
                g.Where(f => f.Figure == NetworkFigures.FeesInvoiced.Key).Sum(f => f.Value),
                g.Where(f => f.Figure == NetworkFigures.FeesPaid.Key).Sum(f => f.Value)))
            .ToList();
        var years = WithThisYear(await catalog.StatisticsFigures.AsNoTracking().Select(f => f.Year).Distinct().ToListAsync(ct));

        return new NetworkReport(year, county, rows, totals, medians, excluded, fees, years, counties, now);
    }

    /// <summary>The association's own figures for the year beside the median of all active associations.</summary>
    public async Task<OwnStatistics> OwnAsync(TenantId tenant, int year, CancellationToken ct)
    {
        var active = tenants.All.Where(t => t.IsActive).Select(t => t.Id.Value).ToHashSet();
        var figures = (await catalog.StatisticsFigures.AsNoTracking().Where(f => f.Year == year).Select(f => new { f.TenantId, f.Figure, f.Value }).ToListAsync(ct))
            .Where(f => active.Contains(f.TenantId)).ToList();
        var snapshot = await catalog.StatisticsSnapshots.AsNoTracking().SingleOrDefaultAsync(s => s.TenantId == tenant.Value, ct);
        var own = figures.Where(f => f.TenantId == tenant.Value).ToDictionary(f => f.Figure, f => f.Value, StringComparer.Ordinal);
        var rows = NetworkFigures.All.Select(f =>
        {
            var values = figures.Where(x => x.Figure == f.Key).Select(x => x.Value).ToList();
            var median = values.Count >= MinimumForMedian ? Disclosure.Median(f, values) : null;
            return new OwnFigure(f, own.TryGetValue(f.Key, out var v) ? v : null, median, values.Count);
        }).ToList();
        var years = WithThisYear(await catalog.StatisticsFigures.AsNoTracking().Where(f => f.TenantId == tenant.Value).Select(f => f.Year).Distinct().ToListAsync(ct));
        return new OwnStatistics(year, snapshot?.TakenAt, rows, figures.Select(f => f.TenantId).Distinct().Count(), years);
    }

    /// <summary>When each association's figures were taken and how the last attempt went, for the operators.</summary>
    public async Task<IReadOnlyDictionary<TenantId, (DateTime? TakenAt, string? Problem)>> SnapshotsAsync(CancellationToken ct) =>
        (await catalog.StatisticsSnapshots.AsNoTracking().ToListAsync(ct)).ToDictionary(s => new TenantId(s.TenantId), s => (s.TakenAt, s.Problem));

    /// <summary>The years to choose from: those with figures, and this year even before its first night; newest first.</summary>
    private List<int> WithThisYear(IEnumerable<int> years) => [.. years.Append(SwedishTime.Today(clock).Year).Distinct().OrderDescending()];

    private static string CountyOf(StatisticsSnapshot? snapshot) => snapshot?.County ?? UnknownCounty;

    private (SnapshotState, string?) StateOf(TenantInfo tenant, StatisticsSnapshot? snapshot, DateTime now)
    {
        var unavailable = availability.ProblemOf(tenant.Id);
        if (snapshot?.TakenAt is not { } taken)
            return (SnapshotState.Missing, unavailable is null ? "Ingen statistik ännu." : $"Ingen statistik: {unavailable}.");
        if (snapshot.Problem is { } problem) return (SnapshotState.Failed, problem);
        if (unavailable is not null) return (SnapshotState.Stale, $"Förbundets databas är inte tillgänglig ({unavailable}); siffrorna är från {SwedishTime.Format(taken)}.");
        return now - taken > StaleAfter ? (SnapshotState.Stale, $"Siffrorna är från {SwedishTime.Format(taken)}.") : (SnapshotState.Current, null);
    }
}
