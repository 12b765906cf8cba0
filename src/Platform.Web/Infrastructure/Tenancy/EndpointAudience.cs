namespace Platform.Infrastructure.Tenancy;

/// <summary>Which hosts an endpoint serves. Every endpoint must declare one, or the app does not start.</summary>
internal enum EndpointAudience
{
    /// <summary>An association's host only; the request has a tenant.</summary>
    Tenant,
    /// <summary>The platform's bare domain only; the request has no tenant.</summary>
    Platform,
    /// <summary>Any host, even an unknown one, with no tenant and no data (health probes).</summary>
    Anonymous,
    /// <summary>An association's host or the platform's (sign-in, sign-out, the token endpoint); never an unknown host.</summary>
    TenantOrPlatform,
}
