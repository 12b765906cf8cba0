namespace Platform.Infrastructure.Identity;

/// <summary>
/// What the platform knows about an OpenIddict client beyond OpenIddict's own record: the
/// association it belongs to (null for a platform client) and whether it may write.
/// </summary>
internal sealed class ClientRegistration
{
    public required string ClientId { get; init; }
    public Guid? TenantId { get; init; }
    public required string DisplayName { get; set; }
    /// <summary>Confidential clients use client credentials; public clients use authorization code + PKCE.</summary>
    public bool IsPublic { get; init; }
    /// <summary>Given by an admin of the association: the client may change records, not only read them.</summary>
    public bool CanWrite { get; set; }
    /// <summary>For a platform client: the platform role its tokens carry.</summary>
    public string? PlatformRole { get; init; }
    public DateTime RegisteredAt { get; init; }
}
