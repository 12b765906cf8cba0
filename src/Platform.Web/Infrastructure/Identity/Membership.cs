namespace Platform.Infrastructure.Identity;

/// <summary>A person's role in one association.</summary>
internal sealed class Membership
{
    public Guid Id { get; init; }
    public Guid UserId { get; init; }
    public PlatformUser? User { get; init; }
    public Guid TenantId { get; init; }
    /// <summary>One of <see cref="Roles.Membership"/>.</summary>
    public required string Role { get; set; }
    public DateTime CreatedAt { get; init; }
    public DateTime? LastSignInAt { get; set; }
}
