using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using Platform.Infrastructure.Tenancy;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// The one place where principals are made, for cookies and tokens alike, so that both carry the
/// same claims: <c>sub</c>, <c>name</c>, <c>email</c>, <c>role</c> and, for an association, <c>tid</c>.
/// The <c>tid</c> never selects the association (the host does); it only has to agree with it.
/// </summary>
internal static class PlatformPrincipals
{
    /// <summary>The association a principal belongs to.</summary>
    public const string TenantIdClaim = "tid";
    /// <summary>The user's security stamp when the cookie was issued: a password change ends other sessions.</summary>
    public const string SecurityStampClaim = "stamp";

    public static ClaimsPrincipal ForMember(PlatformUser user, TenantId tenant, string role, string authenticationType) =>
        Build(authenticationType, user.Id.ToString(), user.DisplayName, user.Email, tenant, [role], user.SecurityStamp);

    public static ClaimsPrincipal ForPlatformUser(PlatformUser user, string authenticationType) =>
        Build(authenticationType, user.Id.ToString(), user.DisplayName, user.Email, null, [user.PlatformRole!], user.SecurityStamp);

    public static ClaimsPrincipal ForClient(ClientRegistration client, string authenticationType)
    {
        IReadOnlyList<string> roles = client.PlatformRole is { } platformRole ? [platformRole]
            : client.CanWrite ? [Roles.Integration, Roles.IntegrationWriter] : [Roles.Integration];
        var tenant = client.TenantId is { } id ? new TenantId(id) : (TenantId?)null;
        return Build(authenticationType, client.ClientId, client.DisplayName, null, tenant, roles, null);
    }

    private static ClaimsPrincipal Build(string authenticationType, string subject, string name, string? email,
        TenantId? tenant, IReadOnlyList<string> roles, string? securityStamp)
    {
        var identity = new ClaimsIdentity(authenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, subject).SetClaim(Claims.Name, name);
        if (email is not null) identity.SetClaim(Claims.Email, email);
        if (tenant is { } t) identity.SetClaim(TenantIdClaim, t.Value.ToString());
        identity.SetClaims(Claims.Role, [.. roles]);
        if (securityStamp is not null) identity.SetClaim(SecurityStampClaim, securityStamp);

        // OpenIddict drops a claim without a destination. The security stamp is for the cookie only.
        identity.SetDestinations(claim => claim.Type switch
        {
            SecurityStampClaim => [],
            Claims.Name or Claims.Email or Claims.Role or TenantIdClaim => [Destinations.AccessToken, Destinations.IdentityToken],
            _ => [Destinations.AccessToken],
        });
        return new ClaimsPrincipal(identity);
    }

    public static Guid? UserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(Claims.Subject), out var id) ? id : null;

    public static TenantId? TenantOf(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(TenantIdClaim), out var id) ? new TenantId(id) : null;

    /// <summary>The email of a person, or the client id of an integration: who did it, for the audit log.</summary>
    public static string? ActorName(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(Claims.Email) ?? principal.FindFirstValue(Claims.Subject);

    /// <summary>True when the principal belongs to the host it was sent to: <c>tid</c> equals the host's association, or both have none.</summary>
    public static bool AgreesWith(this ClaimsPrincipal principal, HostResolution host) =>
        principal.FindFirst(TenantIdClaim) is { } claim
            ? Guid.TryParse(claim.Value, out var tenant) && host.IsHostOf(tenant)
            : host.IsHostOf(null);

    /// <summary>The current host, as resolved by the tenancy layer.</summary>
    public static HostResolution HostOf(this HttpContext context) => context.Features.Get<HostResolution>() ?? HostResolution.Unknown;

    internal static IdentityOptions ClaimsOfIdentity(this IdentityOptions options)
    {
        options.ClaimsIdentity.UserIdClaimType = Claims.Subject;
        options.ClaimsIdentity.UserNameClaimType = Claims.Name;
        options.ClaimsIdentity.EmailClaimType = Claims.Email;
        options.ClaimsIdentity.RoleClaimType = Claims.Role;
        options.ClaimsIdentity.SecurityStampClaimType = SecurityStampClaim;
        return options;
    }
}
