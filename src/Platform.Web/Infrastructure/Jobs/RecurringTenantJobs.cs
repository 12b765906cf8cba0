namespace Platform.Infrastructure.Jobs;

/// <summary>The schedule: every recurring tenant job the features registered.</summary>
internal sealed class RecurringTenantJobs(IEnumerable<RecurringTenantJob> jobs)
{
    public IReadOnlyList<RecurringTenantJob> All { get; } = jobs.ToList();

    public RecurringTenantJob? Find(string id) => All.FirstOrDefault(j => j.Id == id);

    public RecurringTenantJob? FindByType(Type jobType) => All.FirstOrDefault(j => j.JobType == jobType);
}
