using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Features.Integrations;

/// <summary>
/// The OpenIddict clients of the platform, each bound to one association (or to the platform host):
/// confidential integration clients use client credentials, public clients (apps) authorization
/// code with PKCE. Operators register and revoke them; an association's admins decide whether an
/// integration may write.
/// </summary>
internal sealed partial class IntegrationClients(IOpenIddictApplicationManager applications, IOpenIddictTokenManager tokens, CatalogDb db, AuditLog audit, TimeProvider clock)
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{2,99}$")]
    private static partial Regex ClientIdPattern();

    public Task<List<ClientRegistration>> ListAsync(TenantId? tenant, CancellationToken ct) =>
        db.ClientRegistrations.AsNoTracking()
            .Where(c => c.TenantId == (tenant == null ? null : tenant.Value.Value))
            .OrderBy(c => c.ClientId)
            .ToListAsync(ct);

    public Task<ClientRegistration?> FindAsync(string? clientId, CancellationToken ct) => db.ClientRegistrationAsync(clientId, ct);

    /// <summary>Registers a confidential client. Returns the secret, which is shown once and stored only as a hash.</summary>
    public async Task<(Outcome<Done> Result, string? Secret)> RegisterConfidentialAsync(
        TenantId? tenant, string clientId, string displayName, string? platformRole, string actor, CancellationToken ct, string? secret = null)
    {
        if (await ValidateAsync(clientId, displayName, ct) is { } invalid) return (invalid, null);
        if (tenant is null && !Roles.IsPlatformRole(platformRole)) return (Outcomes.Invalid("PlatformRole", "Välj plattformsroll."), null);

        secret ??= System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = displayName.Trim(),
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        await SaveAsync(descriptor, new ClientRegistration
        {
            ClientId = clientId,
            TenantId = tenant?.Value,
            DisplayName = displayName.Trim(),
            PlatformRole = tenant is null ? platformRole : null,
            RegisteredAt = clock.GetUtcNow().UtcDateTime,
        }, actor, ct);
        return (Outcomes.Done(), secret);
    }

    /// <summary>Registers a public client (an app) of an association: authorization code with PKCE, to the given redirect addresses.</summary>
    public async Task<Outcome<Done>> RegisterPublicAsync(TenantId tenant, string clientId, string displayName, IReadOnlyList<Uri> redirectUris, string actor, CancellationToken ct)
    {
        if (await ValidateAsync(clientId, displayName, ct) is { } invalid) return invalid;
        if (redirectUris.Count == 0 || redirectUris.Any(u => !u.IsAbsoluteUri || !string.IsNullOrEmpty(u.Fragment)))
            return Outcomes.Invalid("RedirectUris", "Ange minst en fullständig återkomstadress (utan #).");
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = displayName.Trim(),
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Email, Permissions.Scopes.Roles,
                Permissions.Prefixes.Scope + Scopes.OfflineAccess,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in redirectUris) descriptor.RedirectUris.Add(uri);
        await SaveAsync(descriptor, new ClientRegistration
        {
            ClientId = clientId,
            TenantId = tenant.Value,
            DisplayName = displayName.Trim(),
            IsPublic = true,
            RegisteredAt = clock.GetUtcNow().UtcDateTime,
        }, actor, ct);
        return Outcomes.Done();
    }

    public async Task<bool> RevokeAsync(string clientId, string actor, CancellationToken ct)
    {
        var registration = await FindAsync(clientId, ct);
        if (registration is null) return false;
        if (await applications.FindByClientIdAsync(clientId, ct) is { } application)
            await applications.DeleteAsync(application, ct); // its tokens and authorizations go with it
        db.ClientRegistrations.Remove(registration);
        audit.Add(registration.TenantId is { } t ? new TenantId(t) : null, AuditEvents.ClientRevoked, actor, clientId);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>An association's admin allows (or stops) an integration client of the association to write.</summary>
    public async Task<bool> SetWriteAsync(TenantId tenant, string clientId, bool canWrite, string actor, CancellationToken ct)
    {
        var registration = await db.ClientRegistrations.FirstOrDefaultAsync(c => c.ClientId == clientId && c.TenantId == tenant.Value && !c.IsPublic, ct);
        if (registration is null) return false;
        if (registration.CanWrite == canWrite) return true;
        registration.CanWrite = canWrite;
        audit.Add(tenant, AuditEvents.ClientWriteChanged, actor, clientId, canWrite ? "Får läsa och skriva" : "Får bara läsa");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        // A token carries the roles it was issued with: once writing is taken away, the client's tokens
        // are revoked (validation looks each token up), so it must fetch a new, read-only one now rather
        // than write for up to an hour. Given write needs no revocation: an old token only reads.
        if (!canWrite && await applications.FindByClientIdAsync(clientId, ct) is { } application
            && await applications.GetIdAsync(application, ct) is { } applicationId)
            await tokens.RevokeByApplicationIdAsync(applicationId, ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    private async Task<Failure?> ValidateAsync(string clientId, string displayName, CancellationToken ct)
    {
        if (clientId is null || !ClientIdPattern().IsMatch(clientId))
            return Outcomes.Invalid("ClientId", "Klient-id får innehålla a–z, 0–9 och bindestreck (3–100 tecken).");
        if (string.IsNullOrWhiteSpace(displayName) || displayName.Trim().Length > 200)
            return Outcomes.Invalid("DisplayName", "Ange ett namn (högst 200 tecken).");
        if (await db.ClientRegistrations.AnyAsync(c => c.ClientId == clientId, ct) || await applications.FindByClientIdAsync(clientId, ct) is not null)
            return Outcomes.Invalid("ClientId", "Det finns redan en klient med det id:t.");
        return null;
    }

    private async Task SaveAsync(OpenIddictApplicationDescriptor descriptor, ClientRegistration registration, string actor, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await applications.CreateAsync(descriptor, ct);
        db.ClientRegistrations.Add(registration);
        audit.Add(registration.TenantId is { } t ? new TenantId(t) : null, AuditEvents.ClientRegistered, actor, registration.ClientId,
            registration.IsPublic ? "App (kod + PKCE)" : "Integration (klientuppgifter)");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
