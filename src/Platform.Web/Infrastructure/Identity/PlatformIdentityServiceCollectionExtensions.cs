using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Validation;
using OpenIddict.Validation.AspNetCore;
using Platform.Infrastructure.Jobs;
using Platform.Persistence;

namespace Platform.Infrastructure.Identity;

internal static class PlatformIdentityServiceCollectionExtensions
{
    private const string CookieScheme = PlatformAuthentication.CookieScheme;

    public static IServiceCollection AddPlatformIdentity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<AccessOptions>().BindConfiguration(AccessOptions.Section).ValidateDataAnnotations()
            // A new certificate must be outside the renewal period, or one would be made every hour.
            .Validate(o => o.CertificateRenewalDays * 2 < o.CertificateLifetimeDays, "Access:CertificateRenewalDays must be less than half of Access:CertificateLifetimeDays.")
            .ValidateOnStart();
        var platform = configuration.GetSection(PlatformOptions.Section).Get<PlatformOptions>() ?? new PlatformOptions();
        var access = configuration.GetSection(AccessOptions.Section).Get<AccessOptions>() ?? new AccessOptions();
        // http is for a developer's machine and the test server only; production needs https.
        var plainHttp = !environment.IsProduction() && platform.PublicScheme == "http" || environment.IsEnvironment("Testing");

        // Keys for cookies and Identity's links live in the catalog, so every instance shares them,
        // encrypted with a certificate (KeyProtection: required in Production).
        services.AddDataProtection().SetApplicationName("Samordningsplattformen").PersistKeysToDbContext<CatalogDb>()
            .ProtectKeysWithConfiguredCertificate(configuration, environment);

        services.AddIdentityCore<PlatformUser>(o =>
            {
                o.ClaimsOfIdentity();
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 4;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddUserManager<PlatformUserManager>()
            .AddPasswordValidator<CommonPasswordValidator>() // beside Identity's length rules: "Password12" is long enough (issue 20, 14)
            .AddErrorDescriber<SwedishIdentityErrorDescriber>()
            .AddEntityFrameworkStores<CatalogDb>()
            .AddDefaultTokenProviders()
            // Reset links on the platform's clock, valid for the two hours the email promises (issue 20, 5).
            .AddTokenProvider<ClockedTokenProvider>(TokenOptions.DefaultProvider);
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = ClockedTokenProvider.Lifespan);

        services.AddAuthentication(CookieScheme)
            .AddCookie(CookieScheme, o =>
            {
                o.Cookie.Name = plainHttp ? "samordning" : "__Host-samordning";
                o.Cookie.SecurePolicy = plainHttp ? Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest : Microsoft.AspNetCore.Http.CookieSecurePolicy.Always;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.Path = "/";
                o.ExpireTimeSpan = TimeSpan.FromHours(access.SessionHours);
                o.SlidingExpiration = true;
                o.LoginPath = "/konto/logga-in";
                o.LogoutPath = "/konto/logga-ut";
                o.AccessDeniedPath = "/konto/ingen-behorighet";
                o.EventsType = typeof(SessionCookieEvents);
            })
            .AddPolicyScheme(AccessPolicies.ApiScheme, "API", o => o.ForwardDefaultSelector = context =>
                AccessPolicies.HasBearerToken(context.Request)
                    ? OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme
                    : CookieScheme);
        services.AddSingleton<IAuthenticationSchemeProvider, ServerSchemeOnItsPaths>();
        services.AddScoped<SessionCookieEvents>();
        // Sessions are kept on the server, so that signing out ends every copy of the cookie (issue 20, 8).
        services.AddSingleton<SessionTickets>();
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(CookieScheme)
            .Configure<SessionTickets>((o, sessions) => o.SessionStore = sessions);

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = plainHttp ? "samordning-af" : "__Host-samordning-af";
            o.Cookie.SecurePolicy = plainHttp ? Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest : Microsoft.AspNetCore.Http.CookieSecurePolicy.Always;
        });
        services.AddSingleton<IAntiforgeryAdditionalDataProvider, HostBoundAntiforgeryData>();

        services.AddAuthorization(o =>
        {
            o.AddPlatformPolicies(CookieScheme);
            // An endpoint that names no policy and is not [AllowAnonymous] needs a signed-in user:
            // forgetting to protect a page fails closed.
            o.FallbackPolicy = new AuthorizationPolicyBuilder(CookieScheme).RequireAuthenticatedUser().Build();
        });
        services.AddSingleton<IAuthorizationHandler, HostAccessHandler>();
        services.AddHttpContextAccessor();

        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<CatalogDb>().ReplaceDefaultEntities<Guid>())
            .AddServer(o =>
            {
                // No issuer is set: each host is its own issuer, so a token minted on A's host
                // does not validate on B's.
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token");
                o.AllowClientCredentialsFlow()
                    .AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow();
                // PKCE with S256 only: "plain" sends the verifier itself as the challenge (issue 20, 11).
                o.Configure(options => options.CodeChallengeMethods.Remove(OpenIddict.Abstractions.OpenIddictConstants.CodeChallengeMethods.Plain));
                o.RegisterScopes(OpenIddict.Abstractions.OpenIddictConstants.Scopes.OpenId,
                    OpenIddict.Abstractions.OpenIddictConstants.Scopes.Profile,
                    OpenIddict.Abstractions.OpenIddictConstants.Scopes.Email,
                    OpenIddict.Abstractions.OpenIddictConstants.Scopes.Roles,
                    OpenIddict.Abstractions.OpenIddictConstants.Scopes.OfflineAccess);
                o.SetAccessTokenLifetime(TimeSpan.FromMinutes(access.AccessTokenMinutes));
                // Access tokens are signed, not encrypted (RFC 9068 JWTs): their claims (tid, roles, name)
                // are no secret to the client that holds them, and validation is 45 % faster
                // without an RSA decryption per request (build/bench.sh: 331 → 478 req/s).
                o.DisableAccessTokenEncryption();

                // The signing and encryption certificates come from TokenCertificates (below), which renews them.
                var aspNet = o.UseAspNetCore().EnableTokenEndpointPassthrough().EnableAuthorizationEndpointPassthrough();
                if (plainHttp) aspNet.DisableTransportSecurityRequirement();
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                // Each token is looked up in the catalog on use: a revoked client's tokens stop
                // working at once, not when they expire.
                // (build/bench.sh: about half the API's throughput, 1084 → 478 req/s on one association;
                // a revocation that works at once is worth it at the platform's load.)
                o.EnableTokenEntryValidation();
                o.UseAspNetCore();
            });
        // Production uses the certificates it is given and never makes its own (a key made on one
        // instance's disk is a key nobody manages).
        services.AddSingleton(s => ActivatorUtilities.CreateInstance<TokenCertificates>(s, !environment.IsProduction()));
        services.AddHostedService<TokenCertificatesAtStart>();
        services.AddSingleton<TokenCertificatesForOpenIddict>();
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>>(s => s.GetRequiredService<TokenCertificatesForOpenIddict>());
        services.AddSingleton<IOptionsChangeTokenSource<OpenIddictServerOptions>>(s => s.GetRequiredService<TokenCertificatesForOpenIddict>());
        services.AddSingleton<IOptionsChangeTokenSource<OpenIddictValidationOptions>>(s => s.GetRequiredService<TokenCertificatesForOpenIddict>());

        services.AddSingleton<AttemptLimiter>();
        services.AddScoped<AuditLog>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<PasswordResets>();
        services.AddRecurringPlatformJob<TokenPruningJob>(TokenPruningJob.Id, "Rensa utgångna token och inbjudningar", "30 3 * * *", "varje natt kl. 03.30");
        return services;
    }
}
