using Hangfire;
using Hangfire.Common;
using Hangfire.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Jobs;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Jobs;

/// <summary>
/// The scheduled work that concerns this association: the recurring jobs with their next run, and
/// this association's own jobs that are waiting, running, failed or recently done. Other
/// associations' jobs are never listed (each job carries its tenant id as its first argument).
/// </summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Admin)]
internal sealed class IndexModel(JobStorage storage, RecurringTenantJobs schedule, TenantContext tenant) : PageModel
{
    private const int Scan = 500;

    internal sealed record Recurring(string Title, string When, DateTime? NextRun, DateTime? LastRun);
    internal sealed record Run(string Id, string Title, string State, DateTime? At, string? Reason);

    public IReadOnlyList<Recurring> Schedule { get; private set; } = [];
    public IReadOnlyList<Run> Waiting { get; private set; } = [];
    public IReadOnlyList<Run> Failed { get; private set; } = [];
    public IReadOnlyList<Run> Done { get; private set; } = [];

    public void OnGet()
    {
        using (var connection = storage.GetConnection())
        {
            var stored = connection.GetRecurringJobs(schedule.All.Select(j => j.Id).ToList()).ToDictionary(r => r.Id);
            Schedule = schedule.All.Select(j => stored.TryGetValue(j.Id, out var r)
                ? new Recurring(j.Title, j.When, r.NextExecution, r.LastExecution)
                : new Recurring(j.Title, j.When, null, null)).ToList();
        }

        var monitoring = storage.GetMonitoringApi();
        var id = tenant.Current.Id;
        bool Mine(Job? job) => job is not null && TenantJobFilter.TenantOf(job) == id;

        Waiting =
        [
            .. monitoring.ProcessingJobs(0, Scan).Where(j => Mine(j.Value.Job)).Select(j => ToRun(j.Key, j.Value.Job, "Pågår", j.Value.StartedAt, null)),
            .. monitoring.EnqueuedJobs("default", 0, Scan).Where(j => Mine(j.Value.Job)).Select(j => ToRun(j.Key, j.Value.Job, "I kö", j.Value.EnqueuedAt, null)),
            .. monitoring.ScheduledJobs(0, Scan).Where(j => Mine(j.Value.Job)).Select(j => ToRun(j.Key, j.Value.Job, "Planerat", j.Value.EnqueueAt, null)),
        ];
        Failed = monitoring.FailedJobs(0, Scan).Where(j => Mine(j.Value.Job))
            .Select(j => ToRun(j.Key, j.Value.Job, "Misslyckades", j.Value.FailedAt, j.Value.ExceptionMessage)).ToList();
        Done = monitoring.SucceededJobs(0, Scan).Where(j => Mine(j.Value.Job)).Select(j => ToRun(j.Key, j.Value.Job, "Klart", j.Value.SucceededAt, null))
            .Concat(monitoring.DeletedJobs(0, Scan).Where(j => Mine(j.Value.Job)).Select(j => ToRun(j.Key, j.Value.Job, "Hoppades över eller togs bort", j.Value.DeletedAt, null)))
            .OrderByDescending(r => r.At).Take(20).ToList();
    }

    private Run ToRun(string id, Job job, string state, DateTime? at, string? reason) =>
        new(id, schedule.FindByType(job.Type)?.Title ?? job.Type.Name, state, at, reason);
}
