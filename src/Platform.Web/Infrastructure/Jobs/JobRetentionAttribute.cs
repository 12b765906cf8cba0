using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;

namespace Platform.Infrastructure.Jobs;

/// <summary>
/// Keeps a frequent job's finished runs for a shorter time than Hangfire's day, so a job that runs
/// every minute for every association does not fill the job storage.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class JobRetentionAttribute(int minutes) : JobFilterAttribute, IApplyStateFilter
{
    public int Minutes { get; } = minutes;

    public void OnStateApplied(ApplyStateContext context, IWriteOnlyTransaction transaction) =>
        context.JobExpirationTimeout = TimeSpan.FromMinutes(Minutes);

    public void OnStateUnapplied(ApplyStateContext context, IWriteOnlyTransaction transaction)
    {
    }
}
