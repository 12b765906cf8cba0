using Microsoft.EntityFrameworkCore;
using Platform.Infrastructure;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Network;

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
    public const int MinimumForMedian = Disclosure.MinimumForMedian;

    public const string UnknownCounty = "Okänt län";

    private static readonly string[] FeeKeys = [NetworkFigures.FeesDecided.Key, NetworkFigures.FeesInvoiced.Key, NetworkFigures.FeesPaid.Key];

    public async Task<NetworkReport> ReportAsync(int year, string? county, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var active = tenants.All.Where(t => t.IsActive).ToList();
        var snapshots = await catalog.StatisticsSnapshots.AsNoTracking().ToDictionaryAsync(s => s.TenantId, ct);
        var counties = active.Select(CountyOf).Distinct().Order(StringComparer.Create(SwedishTime.Culture, ignoreCase: true)).ToList();
        var shown = active.Where(t => county is null || CountyOf(t) == county).ToList();
        var ids = shown.Select(t => t.Id.Value).ToHashSet();

        var yearFigures = (await catalog.StatisticsFigures.AsNoTracking().Where(f => f.Year == year).Select(f => new { f.TenantId, f.Figure, f.Value }).ToListAsync(ct))
            .ToLookup(f => f.TenantId);
        var rows = shown
            .Select(t =>
            {
                var snapshot = snapshots.GetValueOrDefault(t.Id.Value);
                var (state, note) = StateOf(t, snapshot, now);
                var cells = yearFigures[t.Id.Value].Where(f => NetworkFigures.Find(f.Figure) is not null)
                    .ToDictionary(f => f.Figure, f => Disclosure.Cell(NetworkFigures.Find(f.Figure)!, f.Value), StringComparer.Ordinal);
                return new AssociationStatistics(t.Slug, t.Name, t.County, snapshot?.TakenAt, state, note, cells);
            })
            .OrderBy(r => r.Name, StringComparer.Create(SwedishTime.Culture, ignoreCase: true)).ToList();

        // Totals and medians from the raw values, which never leave this method. The totals are decided
        // for the whole country and every county at once, so that no two views together give away what
        // each hides alone; the report then shows the one asked for.
        var everywhere = NetworkFigures.All.ToDictionary(f => f.Key,
            f => (IReadOnlyCollection<(string, decimal)>)[.. active.SelectMany(t => yearFigures[t.Id.Value].Where(x => x.Figure == f.Key).Select(x => (CountyOf(t), x.Value)))]);
        var totals = NetworkFigures.All.ToDictionary(f => f.Key, f => Disclosure.Totals(f, everywhere[f.Key]).For(county), StringComparer.Ordinal);
        var medians = NetworkFigures.All.ToDictionary(f => f.Key,
            f => Disclosure.Median(f, [.. ids.SelectMany(id => yearFigures[id]).Where(x => x.Figure == f.Key).Select(x => x.Value)]), StringComparer.Ordinal);

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

    /// <summary>
    /// When each association's figures were taken and how the last attempt went, for the operators, with
    /// the county of its region member as the last figures found it (a hint when they set the county).
    /// </summary>
    public async Task<IReadOnlyDictionary<TenantId, (DateTime? TakenAt, string? Problem, string? RegionCounty)>> SnapshotsAsync(CancellationToken ct) =>
        (await catalog.StatisticsSnapshots.AsNoTracking().ToListAsync(ct)).ToDictionary(s => new TenantId(s.TenantId), s => (s.TakenAt, s.Problem, s.County));

    /// <summary>The years to choose from: those with figures, and this year even before its first night; newest first.</summary>
    private List<int> WithThisYear(IEnumerable<int> years) => [.. years.Append(SwedishTime.Today(clock).Year).Distinct().OrderDescending()];

    /// <summary>
    /// The county from the platform's register of associations, which the operators keep: not from the
    /// association's own records, where renaming a member would move it to another county's view.
    /// </summary>
    private static string CountyOf(TenantInfo tenant) => tenant.County ?? UnknownCounty;

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
