namespace Platform.Infrastructure.Tenancy;

/// <summary>A custom host name of an association (e.g. <c>anslag.sofsundsvall.se</c>).</summary>
internal sealed class TenantHostname
{
    public required string Hostname { get; init; }
    public Guid TenantId { get; init; }
}
