using Hangfire;
using Hangfire.Common;
using Hangfire.Storage;
using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Jobs;

/// <summary>
/// A job that runs on a schedule for every active association: a dispatcher job (platform) runs on
/// <see cref="Cron"/> in Swedish time and enqueues one <typeparamref name="TJob"/> per association.
/// </summary>
/// <param name="Title">What the job does, in Swedish, for the admin pages.</param>
/// <param name="When">The schedule in Swedish words (e.g. "måndagar kl. 07.00").</param>
internal sealed record RecurringTenantJob(string Id, string Title, string Cron, string When, Type JobType, Func<TenantId, Job> Create)
{
    public static RecurringTenantJob For<TJob>(string id, string title, string cron, string when) where TJob : ITenantRecurringJob =>
        new(id, title, cron, when, typeof(TJob), tenant => Job.FromExpression<TJob>(job => job.RunAsync(tenant, CancellationToken.None)));
}

/// <summary>The schedule: every recurring tenant job the features registered.</summary>
internal sealed class RecurringTenantJobs(IEnumerable<RecurringTenantJob> jobs)
{
    public IReadOnlyList<RecurringTenantJob> All { get; } = jobs.ToList();

    public RecurringTenantJob? Find(string id) => All.FirstOrDefault(j => j.Id == id);

    public RecurringTenantJob? FindByType(Type jobType) => All.FirstOrDefault(j => j.JobType == jobType);
}

/// <summary>
/// The platform job behind every recurring tenant job: one tenant job per active association. Each
/// association gets its own job, so one association's failure or slowness never holds up another's,
/// and an association whose database is unavailable is left out and logged.
/// </summary>
internal sealed class TenantFanOut(
    RecurringTenantJobs schedule, TenantCatalog catalog, TenantAvailability availability, IBackgroundJobClient client, ILogger<TenantFanOut> logger)
{
    public int EnqueueForEveryAssociation(string recurringJobId)
    {
        var job = schedule.Find(recurringJobId) ?? throw new InvalidOperationException($"No recurring tenant job is called '{recurringJobId}'.");
        int created = 0, left = 0;
        foreach (var tenant in catalog.All.Where(t => t.IsActive))
        {
            if (availability.ProblemOf(tenant.Id) is { } problem)
            {
                logger.LogWarning("{Job} left out for {Tenant}: {Problem}", job.Id, tenant.Slug, problem);
                left++;
                continue;
            }
            try
            {
                client.Create(job.Create(tenant.Id), new Hangfire.States.EnqueuedState());
                created++;
            }
            catch (BackgroundJobClientException ex)
            {
                logger.LogError(ex, "{Job} could not be created for {Tenant}", job.Id, tenant.Slug);
                left++;
            }
        }
        logger.LogInformation("{Job}: enqueued for {Created} associations, {Left} left out", job.Id, created, left);
        return created;
    }
}

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

/// <summary>A job of the platform itself (not of an association) that runs on a schedule.</summary>
internal interface IPlatformRecurringJob
{
    Task RunAsync(CancellationToken ct);
}

/// <summary>A platform job's schedule, registered by <c>AddRecurringPlatformJob</c>.</summary>
internal sealed record RecurringPlatformJob(string Id, string Title, string Cron, string When, Type JobType)
{
    public void AddOrUpdate(IRecurringJobManager manager) =>
        manager.AddOrUpdate(Id, new Job(JobType, JobType.GetMethod(nameof(IPlatformRecurringJob.RunAsync))!, CancellationToken.None), Cron,
            new RecurringJobOptions { TimeZone = SwedishTime.Zone });
}
