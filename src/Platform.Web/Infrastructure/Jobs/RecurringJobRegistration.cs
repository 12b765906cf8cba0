using Hangfire;
using Hangfire.Storage;

namespace Platform.Infrastructure.Jobs;

/// <summary>Puts the schedule into the job storage at start, and removes tenant schedules no feature registers any more.</summary>
internal sealed class RecurringJobRegistration(
    RecurringTenantJobs schedule, IEnumerable<RecurringPlatformJob> platformJobs, IRecurringJobManager manager, JobStorage storage) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var job in platformJobs) job.AddOrUpdate(manager);
        foreach (var job in schedule.All)
        {
            manager.AddOrUpdate<TenantFanOut>(job.Id, fanOut => fanOut.EnqueueForEveryAssociation(job.Id), job.Cron,
                new RecurringJobOptions { TimeZone = SwedishTime.Zone });
        }
        using var connection = storage.GetConnection();
        foreach (var stale in connection.GetRecurringJobs().Where(r => r.Job?.Type == typeof(TenantFanOut) && schedule.Find(r.Id) is null))
            manager.RemoveIfExists(stale.Id);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
