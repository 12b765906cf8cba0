using Platform.Infrastructure.Jobs;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Board.Deadlines;

/// <summary>Every morning at 06.00 Swedish time: takedowns, postings and reminders for one association.</summary>
[Infrastructure.Jobs.FormerlyNamed("Platform.Features.Board.BoardDeadlinesJob")] // its name until the feature folders (issue 18)
internal sealed class BoardDeadlinesJob(BoardDeadlines deadlines) : ITenantRecurringJob
{
    public const string Id = "anslag-och-justering";

    public Task RunAsync(TenantId tenant, CancellationToken ct) => deadlines.RunAsync(ct);
}
