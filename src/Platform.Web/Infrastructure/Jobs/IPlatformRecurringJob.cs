namespace Platform.Infrastructure.Jobs;

/// <summary>A job of the platform itself (not of an association) that runs on a schedule.</summary>
internal interface IPlatformRecurringJob
{
    Task RunAsync(CancellationToken ct);
}
