using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Infrastructure.Persistence;

/// <summary>
/// Keeps what a page read from the association's database until the database changes (issue 24): a
/// read is reused only while the database's <see cref="ChangeStamp"/> is the one it was read under, for
/// at most <see cref="Fresh"/> of the scope's clock and never past midnight, Swedish time. Checking
/// costs one small query; a changed stamp, from a write in this instance or in any other, reads again.
/// <para>
/// For reads that are costly and asked often: the start page's dashboard of several features. What it
/// keeps must be the whole answer for its <c>key</c>, which therefore names everything the read depends
/// on besides the database and the time: the role and the person, say. Entries are per association; one
/// association's key never finds another's entry.
/// </para>
/// </summary>
internal sealed class TenantReadCache(TenantDb db, TenantContext tenant, TimeProvider clock, TenantReadCache.Store store)
{
    /// <summary>
    /// How long a read may be reused when nothing was written: what depends only on the time (a notice
    /// that falls due, a meeting that ends) shows at most this late.
    /// </summary>
    public static readonly TimeSpan Fresh = TimeSpan.FromMinutes(1);

    private static readonly Func<TenantDb, CancellationToken, Task<long>> ReadStamp = EF.CompileAsyncQuery(
        (TenantDb db, CancellationToken ct) => db.Set<ChangeStamp>().Where(s => s.Id == ChangeStamp.SingletonId).Select(s => s.Stamp).FirstOrDefault());

    /// <summary>What <paramref name="read"/> answers, read now or reused from a read under the same stamp.</summary>
    public async Task<T> GetOrReadAsync<T>(string key, Func<CancellationToken, Task<T>> read, CancellationToken ct) where T : class
    {
        var (kept, reading) = await LookUpAsync<T>(key, ct);
        if (kept is not null) return kept;
        var value = await read(ct);
        Keep(reading, value);
        return value;
    }

    /// <summary>
    /// The value kept under <paramref name="key"/> if it is still current, or null; and the
    /// <see cref="Reading"/> to <see cref="Keep"/> a value read after this call under, when there was none.
    /// </summary>
    public async Task<(T? Kept, Reading Reading)> LookUpAsync<T>(string key, CancellationToken ct) where T : class
    {
        // The stamp first, then the data: whatever is read after it is at least as new as the stamp.
        var stamp = await ReadStamp(db, ct);
        var now = clock.GetUtcNow();
        var reading = new Reading(new Key(tenant.Current.Id, key), stamp, now);
        return store.Entries.TryGetValue(reading.Key, out Entry? entry) && entry!.Stamp == stamp && IsFresh(entry.ReadAt, now) && entry.Value is T kept
            ? (kept, reading)
            : (null, reading);
    }

    /// <summary>
    /// Keeps <paramref name="value"/>, read after <see cref="LookUpAsync"/> gave <paramref name="reading"/>.
    /// <paramref name="size"/> counts against <see cref="Store.Capacity"/>: 1 for a small read, more for a large one.
    /// </summary>
    public void Keep(Reading reading, object value, int size = 1)
    {
        ArgumentNullException.ThrowIfNull(reading);
        store.Entries.Set(reading.Key, new Entry(reading.Stamp, reading.At, value), new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(10), Size = size });
    }

    private static bool IsFresh(DateTimeOffset readAt, DateTimeOffset now) =>
        now >= readAt && now - readAt < Fresh && SwedishTime.DateOf(now.UtcDateTime) == SwedishTime.DateOf(readAt.UtcDateTime);

    private sealed record Key(TenantId Tenant, string Name);

    /// <summary>Where and when a read began: its key, the stamp it is read under, and the time.</summary>
    internal sealed record Reading(object Key, long Stamp, DateTimeOffset At);

    private sealed record Entry(long Stamp, DateTimeOffset ReadAt, object Value);

    /// <summary>The entries of every association, in memory, one per process.</summary>
    internal sealed class Store : IDisposable
    {
        /// <summary>At most this many entries (of size 1); the least recently used go first when it is full.</summary>
        public const int Capacity = 10_000;

        public MemoryCache Entries { get; } = new(new MemoryCacheOptions { SizeLimit = Capacity });

        public void Dispose() => Entries.Dispose();
    }
}
