using Hangfire;
using Hangfire.Common;

namespace Platform.Infrastructure.Jobs;

/// <summary>A platform job's schedule, registered by <c>AddRecurringPlatformJob</c>.</summary>
internal sealed record RecurringPlatformJob(string Id, string Title, string Cron, string When, Type JobType)
{
    public void AddOrUpdate(IRecurringJobManager manager) =>
        manager.AddOrUpdate(Id, new Job(JobType, JobType.GetMethod(nameof(IPlatformRecurringJob.RunAsync))!, CancellationToken.None), Cron,
            new RecurringJobOptions { TimeZone = SwedishTime.Zone });
}
