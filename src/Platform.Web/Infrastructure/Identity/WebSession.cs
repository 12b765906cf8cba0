namespace Platform.Infrastructure.Identity;

/// <summary>
/// A signed-in browser session, kept on the server: the cookie holds only its key, so signing out
/// ends the session for every copy of the cookie (issue 20, 8). Only a hash of the key is stored.
/// </summary>
internal sealed class WebSession
{
    /// <summary>SHA-256 of the key in the cookie (<see cref="SecretTokens.Hash"/>).</summary>
    public required string Id { get; init; }
    public Guid? UserId { get; set; }
    public Guid? TenantId { get; set; }
    /// <summary>The authentication ticket (the session's claims), as ASP.NET Core serializes it.</summary>
    public required byte[] Ticket { get; set; }
    public DateTime CreatedAt { get; init; }
    public DateTime ExpiresAt { get; set; }
}
