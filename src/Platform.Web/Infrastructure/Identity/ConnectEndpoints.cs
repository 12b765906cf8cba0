using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// The OpenID Connect endpoints that OpenIddict passes through to us: OpenIddict validates the
/// protocol (client secret, PKCE, redirect address); we decide who the token is for. A client
/// belongs to one host, so a client of association A gets no token on B's host.
/// </summary>
internal static class ConnectEndpoints
{
    public static IEndpointRouteBuilder MapConnectEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/connect/token", ExchangeAsync).TenantOrPlatformEndpoint().AllowAnonymous().DisableAntiforgery();
        app.MapMethods("/connect/authorize", ["GET", "POST"], AuthorizeAsync).TenantEndpoint().AllowAnonymous().DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> ExchangeAsync(HttpContext http, CatalogDb db, CancellationToken ct)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("OpenIddict did not handle this request.");
        var host = http.HostOf();

        if (request.IsClientCredentialsGrantType())
        {
            var client = await db.ClientRegistrationAsync(request.ClientId, ct);
            if (client is null || client.IsPublic || !host.IsHostOf(client.TenantId))
                return Refuse(Errors.InvalidClient, "The client is not registered on this host.");
            return Issue(PlatformPrincipals.ForClient(client, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme), request.GetScopes());
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            // The code or refresh token was issued on this host (OpenIddict checks the issuer);
            // the person must still be a member here, with the role they have now.
            var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            if (result.Principal is not { } previous || !previous.AgreesWith(host) || previous.UserId() is not { } userId || host.Tenant is not { } tenant)
                return Refuse(Errors.InvalidGrant, "The code or token was not issued on this host.");
            if (await db.MemberAsync(userId, tenant.Id, ct) is not var (user, role))
                return Refuse(Errors.InvalidGrant, "The account no longer has a role in this association.");
            return Issue(PlatformPrincipals.ForMember(user, tenant.Id, role, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme), previous.GetScopes());
        }

        return Refuse(Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext http, CatalogDb db, CancellationToken ct)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("OpenIddict did not handle this request.");
        var host = http.HostOf();
        var client = await db.ClientRegistrationAsync(request.ClientId, ct);
        if (client is null || !client.IsPublic || !host.IsHostOf(client.TenantId) || host.Tenant is not { } tenant)
            return Refuse(Errors.InvalidClient, "The application is not registered on this host.");

        // The web sign-in of this host: if the person is not signed in here, sign in and come back.
        var session = await http.AuthenticateAsync(PlatformAuthentication.CookieScheme);
        if (session.Principal is not { } person || !person.AgreesWith(host) || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None))
                return Refuse(Errors.LoginRequired, "The user must sign in.");
            var returnTo = http.Request.PathBase + http.Request.Path + QueryString.Create(
                http.Request.HasFormContentType ? http.Request.Form.ToList() : http.Request.Query.ToList());
            return Results.Challenge(new AuthenticationProperties { RedirectUri = returnTo }, [PlatformAuthentication.CookieScheme]);
        }

        if (await db.MemberAsync(person.UserId()!.Value, tenant.Id, ct) is not var (member, role))
            return Refuse(Errors.AccessDenied, "The account has no role in this association.");
        return Issue(PlatformPrincipals.ForMember(member, tenant.Id, role, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme), request.GetScopes());
    }

    private static IResult Issue(ClaimsPrincipal principal, IEnumerable<string> scopes)
    {
        principal.SetScopes(scopes);
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    // OAuth error descriptions travel in the WWW-Authenticate header, which takes ASCII only
    // (RFC 6749 5.2): they are for developers, in English.
    private static IResult Refuse(string error, string description) =>
        Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

}
