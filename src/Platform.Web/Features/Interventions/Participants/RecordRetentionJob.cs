using Platform.Infrastructure.Jobs;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Interventions.Participants;

/// <summary>Every night: deletes the participant records kept longer than the association's retention years.</summary>
internal sealed class RecordRetentionJob(RecordRetention retention) : ITenantRecurringJob
{
    public const string Id = "gallra-deltagaruppgifter";

    public Task RunAsync(TenantId tenant, CancellationToken ct) => retention.DeleteExpiredAsync(ct);
}
