using Microsoft.AspNetCore.Identity;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// A person who can sign in. Users live in the catalog, not in an association's database, because
/// one person may serve several associations; what they may do there is their <see cref="Membership"/>.
/// </summary>
internal sealed class PlatformUser : IdentityUser<Guid>
{
    public required string DisplayName { get; set; }
    /// <summary><see cref="Roles.Network"/> or <see cref="Roles.Operator"/>: a role on the platform host, or null.</summary>
    public string? PlatformRole { get; set; }
    public DateTime CreatedAt { get; init; }
    /// <summary>The last successful sign-in on the platform host.</summary>
    public DateTime? LastPlatformSignInAt { get; set; }
}
