using Hangfire;
using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Email;

/// <summary>
/// Sends the association's outbox now rather than at the next minute: a notice due, an invoice run
/// or a message sent again is wanted at once. The one place that enqueues <see cref="OutboxDispatchJob"/> for a request.
/// </summary>
internal sealed class OutboxDispatch(IBackgroundJobClient jobs, TenantContext tenant)
{
    public void Now()
    {
        var tenantId = tenant.Current.Id;
        jobs.Enqueue<OutboxDispatchJob>(job => job.RunAsync(tenantId, CancellationToken.None));
    }
}
