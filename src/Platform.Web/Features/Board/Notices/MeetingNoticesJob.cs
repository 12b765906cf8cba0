using Platform.Infrastructure.Jobs;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Board.Notices;

/// <summary>Every minute: meeting notices that have fallen due (and updates and cancellations) go out for one association.</summary>
[JobRetention(minutes: 60)]
[Infrastructure.Jobs.FormerlyNamed("Platform.Features.Board.MeetingNoticesJob")] // its name until the feature folders (issue 18)
internal sealed class MeetingNoticesJob(MeetingNotices notices) : ITenantRecurringJob
{
    public const string Id = "kallelser";

    public Task RunAsync(TenantId tenant, CancellationToken ct) => notices.QueueDueAsync(ct);
}
