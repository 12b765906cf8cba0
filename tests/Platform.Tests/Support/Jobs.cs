using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Tests.Support;

/// <summary>Waits for Hangfire jobs of the in-process server. The limit only stops a hung test; nothing is timed.</summary>
internal static class Jobs
{
    public static async Task<StateData> WaitForStateAsync(this JobStorage storage, string jobId, params string[] states)
    {
        for (var i = 0; i < 600; i++)
        {
            using (var connection = storage.GetConnection())
            {
                if (connection.GetStateData(jobId) is { } state && states.Contains(state.Name, StringComparer.OrdinalIgnoreCase))
                    return state;
            }
            await Task.Delay(50);
        }
        using var last = storage.GetConnection();
        throw new TimeoutException($"Job {jobId} did not reach {string.Join("/", states)}; it is {last.GetStateData(jobId)?.Name ?? "unknown"}.");
    }

    /// <summary>
    /// Removes the recurring jobs, so that with the job server on only what the test enqueues runs:
    /// the schedule follows the wall clock (the outbox every minute), and a minute that turns during
    /// the test would otherwise dispatch every association's outbox.
    /// </summary>
    public static void RemoveTheSchedule(this PlatformFactory factory)
    {
        var manager = factory.Services.GetRequiredService<IRecurringJobManager>();
        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        foreach (var recurring in connection.GetRecurringJobs()) manager.RemoveIfExists(recurring.Id);
    }
}
