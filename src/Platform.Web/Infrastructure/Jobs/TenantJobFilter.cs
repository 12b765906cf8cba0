using Hangfire.Client;
using Hangfire.Common;
using Hangfire.Server;
using Hangfire.States;
using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Jobs;

/// <summary>
/// <b>The gate of every job</b> (ISOLATION.md 19 and 22), as <see cref="TenantResolutionMiddleware"/> is for requests.
/// Keeps every tenant job with its association, at both ends:
/// <list type="bullet">
/// <item>creation: a tenant job needs a known tenant id as its first argument, and inside a request or
/// a job of association A it may only be created for A (shared/ISOLATION.md 19);</item>
/// <item>execution: a job whose association is no longer active (suspended, deleted, or its database
/// unavailable) is skipped and logged, ending as Deleted with the reason, instead of failing and being
/// retried forever (ISOLATION.md 22).</item>
/// </list>
/// </summary>
internal sealed class TenantJobFilter(
    TenantCatalog catalog, TenantScopeFactory tenantScopes, IHttpContextAccessor http, ILogger<TenantJobFilter> logger)
    : IClientFilter, IServerFilter, IElectStateFilter
{
    private const string SkippedParameter = "TenantSkipped";

    public void OnCreating(CreatingContext context)
    {
        var job = context.Job;
        var declaresTenant = job.Method.GetParameters() is [{ ParameterType: var first }, ..] && first == typeof(TenantId);
        var isTenantJob = typeof(ITenantJob).IsAssignableFrom(job.Type);
        if (!isTenantJob && !declaresTenant) return; // a platform job

        if (!isTenantJob)
            throw new TenantJobRejectedException($"{job.Type.Name}.{job.Method.Name} takes a TenantId but {job.Type.Name} is not an ITenantJob.");
        if (!declaresTenant)
            throw new TenantJobRejectedException($"{job.Type.Name}.{job.Method.Name} is a tenant job: its first parameter must be the TenantId.");
        if (job.Args[0] is not TenantId tenant || tenant == default)
            throw new TenantJobRejectedException($"{job.Type.Name} was created without an association.");
        if (catalog.Find(tenant) is null)
            throw new TenantJobRejectedException($"{job.Type.Name} was created for {tenant}, which is no association.");

        var ambient = AmbientTenant();
        if (ambient is { } current && current != tenant)
            throw new TenantJobRejectedException($"{job.Type.Name} for association {tenant} was created in the work of association {current}.");
    }

    public void OnCreated(CreatedContext context)
    {
    }

    public void OnPerforming(PerformingContext context)
    {
        RunningTenantJob.Leave(); // a worker thread carries nothing from its previous job
        if (TenantOf(context.BackgroundJob.Job) is not { } id) return;

        if (tenantScopes.ProblemOf(id) is not { } problem)
        {
            RunningTenantJob.Enter(id);
            return;
        }

        using (catalog.Find(id) is { } tenant ? TenantLogScope.Begin(logger, tenant) : null)
        {
            logger.LogWarning("Skipped job {JobId} ({Job}) for association {TenantId}: {Reason}",
                context.BackgroundJob.Id, context.BackgroundJob.Job.Type.Name, id, problem);
        }
        context.SetJobParameter(SkippedParameter, problem);
        context.Canceled = true;
    }

    public void OnPerformed(PerformedContext context) => RunningTenantJob.Leave();

    public void OnStateElection(ElectStateContext context)
    {
        // Hangfire turns a run cancelled by a filter into Deleted ("Canceled by filter"); say why instead.
        if (context.CandidateState is not (DeletedState or SucceededState)) return;
        if (context.GetJobParameter<string>(SkippedParameter) is { } reason)
            context.CandidateState = new DeletedState { Reason = $"Hoppades över: {reason}" };
    }

    private TenantId? AmbientTenant() =>
        RunningTenantJob.Tenant ?? http.HttpContext?.RequestServices.GetService<TenantContext>()?.Tenant?.Id;

    internal static TenantId? TenantOf(Job job) =>
        typeof(ITenantJob).IsAssignableFrom(job.Type) && job.Args is [TenantId id, ..] ? id : null;
}
