namespace Platform.Infrastructure.Tenancy;

/// <summary>The whole batch: every association's run and the time it all took.</summary>
internal sealed record TenantBatchResult(IReadOnlyList<TenantRun> Runs, TimeSpan Elapsed)
{
    public IEnumerable<TenantRun> Failed => Runs.Where(r => r.Problem is not null).OrderBy(r => r.Slug, StringComparer.Ordinal);

    public TenantRun Slowest => Runs.MaxBy(r => r.Milliseconds)!;
}
