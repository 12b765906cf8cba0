namespace Platform.Infrastructure.Tenancy;

internal enum HostKind
{
    /// <summary>The bare domain: the platform's own pages.</summary>
    Platform,
    /// <summary>An association's host (any status).</summary>
    Tenant,
    /// <summary>Neither: only endpoints that serve any host (health) answer; everything else is 404.</summary>
    Unknown,
}
