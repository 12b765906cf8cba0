using System.ComponentModel.DataAnnotations;

namespace Platform.Infrastructure.Jobs;

/// <summary>Configuration section <c>Jobs</c>.</summary>
internal sealed class JobsOptions
{
    public const string Section = "Jobs";

    public JobStorageKind Storage { get; set; } = JobStorageKind.InMemory;

    /// <summary>The schema of Hangfire's tables in the catalog database (SqlServer storage).</summary>
    [RegularExpression("^[A-Za-z_][A-Za-z0-9_]{0,63}$")]
    public string Schema { get; set; } = "jobs";

    /// <summary>False on an instance that should only serve pages and leave the jobs to others.</summary>
    public bool RunServer { get; set; } = true;

    [Range(1, 100)]
    public int WorkerCount { get; set; } = 10;

    /// <summary>How often the server looks for scheduled and retried jobs that have become due.</summary>
    [Range(1, 300)]
    public int PollingSeconds { get; set; } = 15;

    /// <summary>Automatic retries of a failed job before it stays failed for an operator to look at.</summary>
    [Range(0, 20)]
    public int RetryAttempts { get; set; } = 5;
}
