using Platform.Infrastructure;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Fees.Invoicing;

/// <summary>Every morning: the invoices due today, then the reminders.</summary>
[Infrastructure.Jobs.FormerlyNamed("Platform.Features.Fees.InvoicingJob")] // its name until the feature folders (issue 18)
internal sealed class InvoicingJob(InvoiceIssuer invoicing, PaymentReminders reminders, TimeProvider clock) : Infrastructure.Jobs.ITenantRecurringJob
{
    public const string Id = "fakturering";

    public async Task RunAsync(TenantId tenant, CancellationToken ct)
    {
        await invoicing.RunAsync(SwedishTime.Today(clock), InvoiceIssuer.Automatic, ct);
        await reminders.SendAsync(ct);
    }
}
