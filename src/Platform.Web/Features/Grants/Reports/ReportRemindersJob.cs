using Platform.Infrastructure.Jobs;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Grants.Reports;

/// <summary>Every morning: reminders of the grant reports that are due soon or overdue (<see cref="ReportReminders"/>).</summary>
internal sealed class ReportRemindersJob(ReportReminders reminders) : ITenantRecurringJob
{
    public const string Id = "paminnelser-redovisningar";

    public Task RunAsync(TenantId tenant, CancellationToken ct) => reminders.SendAsync(ct);
}
