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
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _attempts = new(StringComparer.Ordinal);

    /// <summary>Records an attempt and returns true, or returns false (recording nothing) when <paramref name="limit"/> attempts were made in the last <paramref name="window"/>.</summary>
    public bool TryAttempt(string key, int limit, TimeSpan window)
    {
        var now = clock.GetUtcNow();
        if (_attempts.Count > PruneAbove) Prune(now - window);
        var attempts = _attempts.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
        lock (attempts)
        {
            while (attempts.Count > 0 && attempts.Peek() <= now - window) attempts.Dequeue();
            if (attempts.Count >= limit) return false;
            attempts.Enqueue(now);
            return true;
        }
    }

    private void Prune(DateTimeOffset before)
    {
        foreach (var (key, attempts) in _attempts)
        {
            lock (attempts)
            {
                if (attempts.Count == 0 || attempts.Last() <= before) _attempts.TryRemove(key, out _);
            }
        }
    }
}
