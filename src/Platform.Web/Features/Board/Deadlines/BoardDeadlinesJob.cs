using Platform.Infrastructure.Jobs;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Board.Deadlines;

/// <summary>Every morning at 06.00 Swedish time: takedowns, postings and reminders for one association.</summary>
internal sealed class BoardDeadlinesJob(BoardDeadlines deadlines) : ITenantRecurringJob
{
    public const string Id = "anslag-och-justering";

    public Task RunAsync(TenantId tenant, CancellationToken ct) => deadlines.RunAsync(ct);
}
