namespace Platform.Infrastructure.Identity;

/// <summary>
/// The person and their role in the host's association, read with the session in the same query by
/// <see cref="SessionTickets"/> (issue 24), for <see cref="SessionCookieEvents"/> to check instead of
/// asking the catalog again. <see cref="User"/> and <see cref="Role"/> are null when there is no such
/// membership. Kept on the request only.
/// </summary>
internal sealed record SessionMember(Guid UserId, Guid TenantId, PlatformUser? User, string? Role);
