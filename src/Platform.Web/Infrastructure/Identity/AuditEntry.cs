namespace Platform.Infrastructure.Identity;

/// <summary>One line of an association's audit log (or the platform's, when <see cref="TenantId"/> is null).</summary>
internal sealed class AuditEntry
{
    public long Id { get; init; }
    public Guid? TenantId { get; init; }
    public DateTime At { get; init; }
    public required string Event { get; init; }
    /// <summary>Who did it: a user's email or a client id; null for the platform itself.</summary>
    public string? Actor { get; init; }
    /// <summary>Whom or what it concerned.</summary>
    public string? Subject { get; init; }
    public string? Detail { get; init; }
    public string? IpAddress { get; init; }
}
