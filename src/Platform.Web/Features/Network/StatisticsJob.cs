using Microsoft.EntityFrameworkCore;
using Platform.Infrastructure;
using Platform.Infrastructure.Jobs;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Network;

/// <summary>
/// The nightly statistics of one association: every feature's <see cref="IStatisticsSource"/> reads
/// the association's database, and the aggregate figures replace the association's earlier ones in
/// the catalog in one transaction, each with the time it was taken. A failure is recorded beside the
/// old figures (which stay, with their old time) and the job fails, so Hangfire tries again.
/// </summary>
internal sealed class StatisticsJob(
    IEnumerable<IStatisticsSource> sources, CatalogDb catalog, TenantContext tenant, TimeProvider clock, ILogger<StatisticsJob> logger) : ITenantRecurringJob
{
    public const string Id = "statistik";

    public async Task RunAsync(TenantId tenantId, CancellationToken ct)
    {
        if (tenant.Current.Id != tenantId) throw new InvalidOperationException("The statistics job runs in its own association's scope only.");
        var now = clock.GetUtcNow();
        try
        {
            var sheet = await TakeAsync(now, ct);
            await SaveAsync(tenantId, sheet, ct);
            logger.LogInformation("Statistics taken: {Figures} figures over {Years} years", sheet.Values.Count, sheet.Years.Count);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The statistics could not be taken");
            catalog.ChangeTracker.Clear();
            await RecordProblemAsync(tenantId, now, $"Statistiken kunde inte tas fram ({ex.GetType().Name}); de senaste siffrorna visas.", ct);
            throw;
        }
    }

    private async Task<StatisticsSheet> TakeAsync(DateTimeOffset now, CancellationToken ct)
    {
        // Every year from the first one with records (at least last year, which the network compares in
        // the spring) to this one, so that a quiet year still has its members: at most MaxYears.
        var today = SwedishTime.Today(clock);
        var first = today.Year - 1;
        foreach (var source in sources)
            first = Math.Min(first, (await source.YearsAsync(ct)).DefaultIfEmpty(first).Min());
        first = Math.Max(first, today.Year - StatisticsSheet.MaxYears + 1);
        var sheet = new StatisticsSheet([.. Enumerable.Range(first, today.Year - first + 1)], now, today);
        foreach (var source in sources)
            await source.AddFiguresAsync(sheet, ct);
        return sheet;
    }

    private async Task SaveAsync(TenantId tenantId, StatisticsSheet sheet, CancellationToken ct)
    {
        var takenAt = sheet.TakenAt.UtcDateTime;
        await using var transaction = await catalog.Database.BeginTransactionAsync(ct);
        await catalog.StatisticsFigures.Where(f => f.TenantId == tenantId.Value).ExecuteDeleteAsync(ct);
        catalog.StatisticsFigures.AddRange(sheet.Values.Select(v => new StatisticsFigure
        {
            TenantId = tenantId.Value,
            Year = v.Key.Year,
            Figure = v.Key.Figure,
            Value = v.Value,
            TakenAt = takenAt,
        }));
        var snapshot = await SnapshotAsync(tenantId, ct);
        snapshot.TakenAt = takenAt;
        snapshot.AttemptedAt = takenAt;
        snapshot.Problem = null;
        snapshot.County = sheet.County;
        await catalog.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private async Task RecordProblemAsync(TenantId tenantId, DateTimeOffset now, string problem, CancellationToken ct)
    {
        try
        {
            var snapshot = await SnapshotAsync(tenantId, ct);
            snapshot.AttemptedAt = now.UtcDateTime;
            snapshot.Problem = problem;
            await catalog.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The failed statistics attempt could not be recorded either");
        }
    }

    private async Task<StatisticsSnapshot> SnapshotAsync(TenantId tenantId, CancellationToken ct)
    {
        if (await catalog.StatisticsSnapshots.FindAsync([tenantId.Value], ct) is { } existing) return existing;
        var created = new StatisticsSnapshot { TenantId = tenantId.Value };
        catalog.StatisticsSnapshots.Add(created);
        return created;
    }
}
