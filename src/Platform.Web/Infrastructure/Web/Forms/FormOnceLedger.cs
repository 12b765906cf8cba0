using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc;

namespace Platform.Infrastructure.Web.Forms;

/// <summary>
/// The one-time tokens of posted forms: the first post of a token claims it, and a second post of the
/// same token (a double click, a re-sent form) gets the first one's answer instead of doing the work
/// again. A post that did not succeed (a refused form, an error) releases its token, so the corrected
/// form can be sent again. Kept in memory for <see cref="Remembered"/>: one instance's double click is
/// what it guards against (a load balancer sends a browser's two clicks down one connection).
/// </summary>
internal sealed class FormOnceLedger(TimeProvider clock)
{
    public static readonly TimeSpan Remembered = TimeSpan.FromHours(2);

    private readonly ConcurrentDictionary<string, Claim> _claims = new(StringComparer.Ordinal);
    private int _claimsSincePruning;

    private sealed class Claim(DateTimeOffset at)
    {
        public DateTimeOffset At { get; } = at;
        public TaskCompletionSource<IActionResult?> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>True for the first post of <paramref name="key"/>; otherwise the first post's answer, when it comes.</summary>
    public bool TryClaim(string key, out Task<IActionResult?> firstAnswer)
    {
        if (Interlocked.Increment(ref _claimsSincePruning) % 256 == 0) Prune();
        var mine = new Claim(clock.GetUtcNow());
        var claim = _claims.GetOrAdd(key, mine);
        firstAnswer = claim.Answer.Task;
        return ReferenceEquals(claim, mine);
    }

    /// <summary>The first post's answer: a redirect after success is kept for the repeats; anything else releases the token.</summary>
    public void Complete(string key, IActionResult? redirect)
    {
        if (!_claims.TryGetValue(key, out var claim)) return;
        if (redirect is null) _claims.TryRemove(key, out _);
        claim.Answer.TrySetResult(redirect);
    }

    private void Prune()
    {
        var before = clock.GetUtcNow() - Remembered;
        foreach (var (key, claim) in _claims)
        {
            if (claim.At < before && claim.Answer.Task.IsCompleted) _claims.TryRemove(key, out _);
        }
    }
}
