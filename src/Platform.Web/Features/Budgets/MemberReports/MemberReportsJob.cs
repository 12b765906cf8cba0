using Platform.Infrastructure.Jobs;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Budgets.MemberReports;

/// <summary>Every morning: on and after the settings' day, last year's annual report to each member, once (<see cref="MemberReports"/>).</summary>
internal sealed class MemberReportsJob(MemberReports reports) : ITenantRecurringJob
{
    public const string Id = "arsrapporter-medlemmar";

    public Task RunAsync(TenantId tenant, CancellationToken ct) => reports.SendDueAsync(ct);
}
