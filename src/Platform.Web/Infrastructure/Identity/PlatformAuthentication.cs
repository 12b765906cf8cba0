namespace Platform.Infrastructure.Identity;

/// <summary>The authentication schemes of the platform.</summary>
internal static class PlatformAuthentication
{
    /// <summary>The web session's cookie: host-only, so each association's host has its own.</summary>
    public const string CookieScheme = "Identity.Application";
}
