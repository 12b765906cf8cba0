using System.Collections.Concurrent;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// Counts attempts per key (an IP address, an account) in a sliding window on the platform's clock.
/// ASP.NET Core's rate limiters keep their own time, which a test cannot move; this one is small
/// enough to own. Held in memory per instance: with several instances an attacker gets a few more
/// tries per instance, and lockout (stored in the catalog) still stops them at five wrong passwords.
/// </summary>
internal sealed class AttemptLimiter(TimeProvider clock)
{
    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<string, LinkedList<DateTimeOffset>> _attempts = new(StringComparer.Ordinal);

    /// <summary>Records an attempt and returns true, or returns false (recording nothing) when <paramref name="limit"/> attempts were made in the last <paramref name="window"/>.</summary>
    public bool TryAttempt(string key, int limit, TimeSpan window)
    {
        var now = clock.GetUtcNow();
        if (_attempts.Count > PruneAbove) Prune(now - window);
        var attempts = _attempts.GetOrAdd(key, _ => new LinkedList<DateTimeOffset>());
        lock (attempts)
        {
            while (attempts.First is { } oldest && oldest.Value <= now - window) attempts.RemoveFirst();
            if (attempts.Count >= limit) return false;
            attempts.AddLast(now);
            return true;
        }
    }

    /// <summary>Takes back the newest attempt recorded under <paramref name="key"/>: it turned out not to count (a right password).</summary>
    public void Withdraw(string key)
    {
        if (!_attempts.TryGetValue(key, out var attempts)) return;
        lock (attempts)
        {
            if (attempts.Count > 0) attempts.RemoveLast();
        }
    }

    private void Prune(DateTimeOffset before)
    {
        foreach (var (key, attempts) in _attempts)
        {
            lock (attempts)
            {
                if (attempts.Count == 0 || attempts.Last!.Value <= before) _attempts.TryRemove(key, out _);
            }
        }
    }
}
