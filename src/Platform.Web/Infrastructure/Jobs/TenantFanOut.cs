using Hangfire;
using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Jobs;

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
