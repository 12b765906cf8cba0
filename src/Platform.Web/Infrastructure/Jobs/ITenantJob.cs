using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Jobs;

/// <summary>
/// A job that works on one association. The rules, enforced by <see cref="TenantJobFilter"/> and
/// <see cref="TenantJobActivator"/>: the job method's first parameter is the association's
/// <see cref="TenantId"/>; the other arguments are ids, never personal data (the job storage and
/// the dashboard are shared by all associations); the job is idempotent, because it may run again.
/// </summary>
internal interface ITenantJob;
