namespace Platform.Infrastructure.Identity;

/// <summary>
/// An invitation to join an association. Only a hash of the token is stored: the link in the
/// email is the only copy, and a token is bound to the association it was minted for.
/// </summary>
internal sealed class Invitation
{
    public Guid Id { get; init; }
    public Guid TenantId { get; init; }
    public required string Email { get; init; }
    public required string Role { get; init; }
    public required string TokenHash { get; set; }
    public DateTime CreatedAt { get; init; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? AcceptedAt { get; set; }
    public string? InvitedBy { get; init; }
}
