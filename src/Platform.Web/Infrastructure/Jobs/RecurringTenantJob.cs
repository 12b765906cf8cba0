using Hangfire.Common;
using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Jobs;

/// <summary>
/// A job that runs on a schedule for every active association: a dispatcher job (platform) runs on
/// <see cref="Cron"/> in Swedish time and enqueues one <typeparamref name="TJob"/> per association.
/// </summary>
/// <param name="Title">What the job does, in Swedish, for the admin pages.</param>
/// <param name="When">The schedule in Swedish words (e.g. "måndagar kl. 07.00").</param>
internal sealed record RecurringTenantJob(string Id, string Title, string Cron, string When, Type JobType, Func<TenantId, Job> Create)
{
    public static RecurringTenantJob For<TJob>(string id, string title, string cron, string when) where TJob : ITenantRecurringJob =>
        new(id, title, cron, when, typeof(TJob), tenant => Job.FromExpression<TJob>(job => job.RunAsync(tenant, CancellationToken.None)));
}
