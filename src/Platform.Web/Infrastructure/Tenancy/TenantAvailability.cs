using System.Collections.Concurrent;

namespace Platform.Infrastructure.Tenancy;

/// <summary>
/// Associations that are active in the registry but cannot be served by this process, such as one
/// whose database failed to migrate at start-up. They answer 503; the others keep working.
/// </summary>
internal sealed class TenantAvailability
{
    private readonly ConcurrentDictionary<TenantId, string> _problems = new();

    public string? ProblemOf(TenantId id) => _problems.GetValueOrDefault(id);

    public void MarkUnavailable(TenantId id, string problem) => _problems[id] = problem;

    public void MarkAvailable(TenantId id) => _problems.TryRemove(id, out _);
}
