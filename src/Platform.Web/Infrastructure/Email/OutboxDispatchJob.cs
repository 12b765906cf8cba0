using Platform.Infrastructure.Jobs;
using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Email;

/// <summary>Sends an association's due email: every minute, and at once when an admin sends a message again.</summary>
[JobRetention(minutes: 60)]
internal sealed class OutboxDispatchJob(OutboxDispatcher dispatcher) : ITenantRecurringJob
{
    public const string Id = "utkorg";

    public Task RunAsync(TenantId tenant, CancellationToken ct) => dispatcher.DispatchDueAsync(ct);
}
