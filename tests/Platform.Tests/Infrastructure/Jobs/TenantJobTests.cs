using System.Collections.Concurrent;
using System.Net;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Features.WeeklySummary;
using Platform.Infrastructure;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Jobs;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.Tests.Infrastructure.Jobs;

/// <summary>A tenant job that writes down which association it ran for and which outbox it saw.</summary>
internal sealed class OutboxProbeJob(TenantContext tenant, TenantDb db) : ITenantJob
{
    public static readonly ConcurrentQueue<(string Probe, string Tenant, string[] Subjects)> Runs = new();

    public async Task RunAsync(TenantId id, string probe)
    {
        var subjects = await db.OutboxMessages.Select(m => m.Subject).ToArrayAsync();
        Runs.Enqueue((probe, tenant.Current.Slug, subjects));
    }
}

/// <summary>Fails on its first run, so the retry can be observed.</summary>
internal sealed class FlakyJob(TenantContext tenant) : ITenantJob
{
    public static readonly ConcurrentQueue<(string Probe, string Tenant)> Runs = new();

    public void Run(TenantId id, string probe)
    {
        Runs.Enqueue((probe, tenant.Current.Slug));
        if (Runs.Count(r => r.Probe == probe) == 1) throw new InvalidOperationException("first run fails");
    }
}

/// <summary>Inside association A's job, tries to create a job for another association.</summary>
internal sealed class CrossingJob(IBackgroundJobClient jobs) : ITenantJob
{
    public static readonly ConcurrentQueue<(string Probe, Exception? Error)> Runs = new();

    public void Run(TenantId id, TenantId other, string probe) =>
        Runs.Enqueue((probe, Record.Exception(() => jobs.Enqueue<OutboxProbeJob>(j => j.RunAsync(other, probe)))));
}

/// <summary>Takes a tenant id without declaring itself a tenant job: refused.</summary>
internal sealed class UndeclaredJob
{
    public static void Run(TenantId id) => _ = id;
}

/// <summary>shared/ISOLATION.md 18-22, and the schedule, with the real Hangfire server in-process.</summary>
public sealed class TenantJobTests
{
    private static string NewProbe() => Guid.NewGuid().ToString("N");

    [Fact]
    public async Task A_tenant_job_without_a_known_tenant_fails_at_creation()
    {
        using var factory = new PlatformFactory();
        await factory.ProvisionAsync("roslagen");
        var jobs = factory.Service<IBackgroundJobClient>();

        var none = Assert.Throws<BackgroundJobClientException>(() => jobs.Enqueue<OutboxDispatchJob>(j => j.RunAsync(default, CancellationToken.None)));
        var unknown = Assert.Throws<BackgroundJobClientException>(() => jobs.Enqueue<OutboxDispatchJob>(j => j.RunAsync(new TenantId(Guid.NewGuid()), CancellationToken.None)));
        var undeclared = Assert.Throws<BackgroundJobClientException>(() => jobs.Enqueue(() => UndeclaredJob.Run(new TenantId(Guid.NewGuid()))));

        Assert.All([none, unknown, undeclared], e => Assert.IsType<TenantJobRejectedException>(e.InnerException));
        Assert.Equal(0, factory.Service<JobStorage>().GetMonitoringApi().EnqueuedCount("default"));
    }

    [Fact]
    public async Task In_association_As_request_or_job_a_job_for_B_is_rejected()
    {
        using var factory = new PlatformFactory(null, PlatformFactory.JobsOn);
        var a = await factory.ProvisionAsync("roslagen");
        var b = await factory.ProvisionAsync("suvs");
        var jobs = factory.Service<IBackgroundJobClient>();

        // As in a request on A's host: the request's services carry A's tenant context.
        await using (var request = factory.Service<TenantScopeFactory>().CreateScope(a.Id))
        {
            var accessor = factory.Service<IHttpContextAccessor>();
            accessor.HttpContext = new DefaultHttpContext { RequestServices = request.Services };
            try
            {
                var crossing = Assert.Throws<BackgroundJobClientException>(() => jobs.Enqueue<OutboxDispatchJob>(j => j.RunAsync(b.Id, CancellationToken.None)));
                Assert.IsType<TenantJobRejectedException>(crossing.InnerException);
                Assert.NotNull(jobs.Enqueue<OutboxDispatchJob>(j => j.RunAsync(a.Id, CancellationToken.None)));
            }
            finally
            {
                accessor.HttpContext = null;
            }
        }

        // Inside a job of A.
        var probe = NewProbe();
        await factory.Service<JobStorage>().WaitForStateAsync(jobs.Enqueue<CrossingJob>(j => j.Run(a.Id, b.Id, probe)), "Succeeded");
        var run = Assert.Single(CrossingJob.Runs, r => r.Probe == probe);
        Assert.IsType<TenantJobRejectedException>(Assert.IsType<BackgroundJobClientException>(run.Error).InnerException);
    }

    [Fact]
    public async Task A_job_from_As_request_runs_against_As_database_even_right_after_a_job_of_B()
    {
        using var factory = new PlatformFactory(null, PlatformFactory.JobsOn);
        factory.RemoveTheSchedule(); // B's message must wait for a dispatch that never comes
        var a = await factory.ProvisionAsync("roslagen");
        var b = await factory.ProvisionAsync("suvs");
        await factory.QueueAsync(a, EmailTestKit.Message("a/1", "A-kanariefågel"));
        await factory.QueueAsync(b, EmailTestKit.Message("b/1", "B-kanariefågel"));
        var aMessage = Assert.Single(await factory.OutboxAsync(a));
        await factory.SetStatusAsync(a, aMessage.Id, OutboxStatus.Dead);
        var storage = factory.Service<JobStorage>();
        var jobs = factory.Service<IBackgroundJobClient>();

        // The one worker runs B's job first...
        var probe = NewProbe();
        await storage.WaitForStateAsync(jobs.Enqueue<OutboxProbeJob>(j => j.RunAsync(b.Id, probe)), "Succeeded");
        // ...then A's admin presses "Skicka igen", which enqueues A's dispatcher from A's request.
        var client = await factory.SignedInAsync(a);
        var response = await client.PostFormAsync($"/admin/utkorg/{aMessage.Id}", $"/admin/utkorg/{aMessage.Id}?handler=SendAgain");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await storage.WaitForStateAsync(jobs.Enqueue<OutboxProbeJob>(j => j.RunAsync(a.Id, probe)), "Succeeded");

        Assert.Equal([("suvs", "B-kanariefågel"), ("roslagen", "A-kanariefågel")],
            OutboxProbeJob.Runs.Where(r => r.Probe == probe).Select(r => (r.Tenant, Assert.Single(r.Subjects))));
        Assert.Equal(OutboxStatus.Sent, Assert.Single(await factory.OutboxAsync(a)).Status);
        Assert.Equal(OutboxStatus.Pending, Assert.Single(await factory.OutboxAsync(b)).Status); // B's outbox untouched
        Assert.Single(Directory.GetFiles(Path.Combine(factory.DataDirectory, "mail-pickup", "roslagen")));
        Assert.False(Directory.Exists(Path.Combine(factory.DataDirectory, "mail-pickup", "suvs")));
    }

    [Fact]
    public async Task The_fan_out_creates_exactly_one_job_per_active_association()
    {
        using var factory = new PlatformFactory(); // no server: the created jobs stay in the queue to be counted
        var a = await factory.ProvisionAsync("roslagen");
        var b = await factory.ProvisionAsync("suvs");
        var c = await factory.ProvisionAsync("varna");
        await factory.Service<TenantProvisioner>().SetStatusAsync("varna", TenantStatus.Suspended, CancellationToken.None);

        var created = factory.Service<TenantFanOut>().EnqueueForEveryAssociation(OutboxDispatchJob.Id);

        Assert.Equal(2, created);
        var queued = factory.Service<JobStorage>().GetMonitoringApi().EnqueuedJobs("default", 0, 100)
            .Select(j => TenantJobFilter.TenantOf(j.Value.Job)).ToList();
        Assert.Equal(new[] { a.Id.Value, b.Id.Value }.Order(), queued.Select(t => t!.Value.Value).Order());
        Assert.DoesNotContain(c.Id, queued);
    }

    [Fact]
    public async Task The_schedule_is_registered_in_Swedish_time()
    {
        using var factory = new PlatformFactory();
        _ = factory.Server; // starts the host, which registers the schedule

        using var connection = factory.Service<JobStorage>().GetConnection();
        var recurring = connection.GetRecurringJobs().ToDictionary(r => r.Id);

        Assert.Equal(("* * * * *", "Europe/Stockholm"), (recurring[OutboxDispatchJob.Id].Cron, recurring[OutboxDispatchJob.Id].TimeZoneId));
        var weekly = recurring[WeeklySummaryJob.Id];
        Assert.Equal(("0 7 * * 1", "Europe/Stockholm"), (weekly.Cron, weekly.TimeZoneId));
        var next = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(weekly.NextExecution!.Value, DateTimeKind.Utc), SwedishTime.Zone);
        Assert.Equal((DayOfWeek.Monday, new TimeSpan(7, 0, 0)), (next.DayOfWeek, next.TimeOfDay));
    }

    [Fact]
    public async Task One_associations_failure_does_not_hold_up_another()
    {
        using var factory = new PlatformFactory(null, PlatformFactory.JobsOn);
        var a = await factory.ProvisionAsync("roslagen");
        var b = await factory.ProvisionAsync("suvs");
        await factory.QueueAsync(a, EmailTestKit.Message("a/1"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.Combine(factory.DataDirectory, "tenants"), "suvs*")) File.Delete(file);

        Assert.Equal(2, factory.Service<TenantFanOut>().EnqueueForEveryAssociation(OutboxDispatchJob.Id));
        var storage = factory.Service<JobStorage>();
        var monitoring = storage.GetMonitoringApi();
        // The monitoring lists are read one after another, and a job the worker has just fetched is in
        // none of them for a moment: look again until it shows up (the limit only stops a hung test).
        async Task<string> JobOfAsync(TenantInfo t)
        {
            for (var attempt = 0; ; attempt++)
            {
                var found = monitoring.EnqueuedJobs("default", 0, 100).Select(j => (j.Key, j.Value.Job))
                    .Concat(monitoring.ProcessingJobs(0, 100).Select(j => (j.Key, j.Value.Job)))
                    .Concat(monitoring.SucceededJobs(0, 100).Select(j => (j.Key, j.Value.Job)))
                    .Concat(monitoring.ScheduledJobs(0, 100).Select(j => (j.Key, j.Value.Job)))
                    .Concat(monitoring.FailedJobs(0, 100).Select(j => (j.Key, j.Value.Job)))
                    .FirstOrDefault(j => TenantJobFilter.TenantOf(j.Job) == t.Id).Key;
                if (found is not null) return found;
                if (attempt == 600) throw new TimeoutException($"No job for {t.Slug} was found.");
                await Task.Delay(50);
            }
        }

        await storage.WaitForStateAsync(await JobOfAsync(a), "Succeeded");
        await storage.WaitForStateAsync(await JobOfAsync(b), "Scheduled", "Failed"); // B fails and waits for its retry
        Assert.Equal(OutboxStatus.Sent, Assert.Single(await factory.OutboxAsync(a)).Status);
    }

    [Fact]
    public async Task A_retry_keeps_its_tenant_and_a_second_run_sends_nothing_twice()
    {
        using var factory = new PlatformFactory(null, PlatformFactory.JobsOn);
        var a = await factory.ProvisionAsync("roslagen");
        await factory.InTenantAsync(a, async services =>
        {
            var db = services.GetRequiredService<TenantDb>();
            db.AssociationProfiles.Add(new() { Name = a.Name, Email = "kansli@roslagen.example" });
            await db.SaveChangesAsync();
        });
        var storage = factory.Service<JobStorage>();
        var jobs = factory.Service<IBackgroundJobClient>();

        var probe = NewProbe();
        var flaky = jobs.Enqueue<FlakyJob>(j => j.Run(a.Id, probe));
        await storage.WaitForStateAsync(flaky, "Scheduled"); // failed once, waiting for its automatic retry
        jobs.Requeue(flaky);
        await storage.WaitForStateAsync(flaky, "Succeeded");
        Assert.Equal(["roslagen", "roslagen"], FlakyJob.Runs.Where(r => r.Probe == probe).Select(r => r.Tenant));

        for (var run = 0; run < 2; run++)
            await storage.WaitForStateAsync(jobs.Enqueue<WeeklySummaryJob>(j => j.RunAsync(a.Id, CancellationToken.None)), "Succeeded");
        Assert.Single(await factory.OutboxAsync(a));
    }

    [Fact]
    public async Task A_job_for_an_association_suspended_after_it_was_enqueued_is_skipped()
    {
        using var factory = new PlatformFactory(null, PlatformFactory.JobsOn);
        var a = await factory.ProvisionAsync("roslagen");
        var storage = factory.Service<JobStorage>();
        var jobs = factory.Service<IBackgroundJobClient>();
        var probe = NewProbe();
        var job = jobs.Schedule<OutboxProbeJob>(j => j.RunAsync(a.Id, probe), TimeSpan.FromHours(1));

        await factory.Service<TenantProvisioner>().SetStatusAsync("roslagen", TenantStatus.Suspended, CancellationToken.None);
        jobs.Requeue(job);
        var state = await storage.WaitForStateAsync(job, "Deleted");

        Assert.True(state.Reason?.Contains("Suspended", StringComparison.Ordinal), $"reason: {state.Reason}; data: {string.Join(", ", state.Data)}");
        Assert.DoesNotContain(OutboxProbeJob.Runs, r => r.Probe == probe);
        var warning = Assert.Single(factory.Logs.Records, r => r.Message.StartsWith("Skipped job " + job, StringComparison.Ordinal));
        Assert.Equal((LogLevel.Warning, (object?)a.Id.Value), (warning.Level, warning.Scope.GetValueOrDefault("TenantId")));
    }
}
