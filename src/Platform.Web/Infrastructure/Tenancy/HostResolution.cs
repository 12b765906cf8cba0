namespace Platform.Infrastructure.Tenancy;

/// <summary>What the request's host means. Set once per request as an HTTP feature.</summary>
internal sealed record HostResolution(HostKind Kind, TenantInfo? Tenant)
{
    public static readonly HostResolution Platform = new(HostKind.Platform, null);
    public static readonly HostResolution Unknown = new(HostKind.Unknown, null);
    public static HostResolution ForTenant(TenantInfo tenant) => new(HostKind.Tenant, tenant);

    /// <summary>
    /// True when something owned by <paramref name="tenantId"/> (an association's id, or null for
    /// the platform's own) belongs on this host: a principal, an OpenID Connect client.
    /// </summary>
    public bool IsHostOf(Guid? tenantId) => Kind switch
    {
        HostKind.Tenant => Tenant is { } tenant && tenantId == tenant.Id.Value,
        HostKind.Platform => tenantId is null,
        _ => false,
    };

    /// <summary>Lowercase, no port, no trailing dot: <c>Roslagen.LOCALHOST.:5080</c> → <c>roslagen.localhost</c>.</summary>
    public static string Normalize(string host) => host.Trim().TrimEnd('.').ToLowerInvariant();
}
