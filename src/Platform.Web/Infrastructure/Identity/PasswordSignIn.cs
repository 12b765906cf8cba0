using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// Sign-in with email and password on the current host: an association's host needs a membership
/// there, the platform host a platform role. Lockout after five wrong passwords, attempt limits
/// per address and (for failures) per account, and an audit line for every attempt.
/// </summary>
internal sealed class PasswordSignIn(
    PlatformUserManager users, IPasswordHasher<PlatformUser> hasher, CatalogDb db, AttemptLimiter limiter, AuditLog audit,
    TimeProvider clock, ILogger<PasswordSignIn> logger)
{
    // Verified when there is no password to check (no account, or a locked one), so that it takes as long as a wrong password.
    private static readonly PlatformUser Nobody = new() { DisplayName = "", UserName = "" };
    private static string? _nobodyHash;

    public async Task<SignInResult> SignInAsync(HttpContext http, string email, string password, CancellationToken ct)
    {
        var host = http.HostOf();
        var tenant = host.Tenant?.Id;
        var ip = http.Connection.RemoteIpAddress?.ToString();
        var normalized = users.NormalizeEmail(email.Trim()) ?? "";
        if (!limiter.SignInFromAddress(ip) || !limiter.SignInToAccount(normalized))
        {
            logger.LogWarning("Sign-in throttled for an account from {Address}", ip);
            return new(SignInOutcome.Throttled);
        }

        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            VerifyNobody(password);
            // Not what was typed: anyone can type anything here, a password in the wrong field included (issue 20, 13).
            await audit.WriteAsync(tenant, AuditEvents.SignInFailed, "okänd adress", null, "Okänt konto (det som skrevs sparas inte)", ct);
            return new(SignInOutcome.Failed);
        }
        if (!await PasswordIsRightAsync(tenant, user, normalized, password, "Kontot är spärrat efter för många misslyckade försök", "Fel lösenord", ct))
            return new(SignInOutcome.Failed);

        var now = clock.GetUtcNow().UtcDateTime;
        ClaimsPrincipal principal;
        if (tenant is { } tenantId)
        {
            var membership = await db.MembershipAsync(user.Id, tenantId, ct);
            if (membership is null)
            {
                await audit.WriteAsync(tenant, AuditEvents.SignInRefused, user.Email, user.Email, "Kontot har ingen behörighet i förbundet", ct);
                return new(SignInOutcome.NoAccessHere);
            }
            membership.LastSignInAt = now;
            principal = PlatformPrincipals.ForMember(user, tenantId, membership.Role, PlatformAuthentication.CookieScheme);
        }
        else
        {
            if (!Roles.IsPlatformRole(user.PlatformRole))
            {
                await audit.WriteAsync(null, AuditEvents.SignInRefused, user.Email, user.Email, "Kontot har ingen roll på plattformen", ct);
                return new(SignInOutcome.NoAccessHere);
            }
            user.LastPlatformSignInAt = now; // the user manager's store shares this unit of work
            principal = PlatformPrincipals.ForPlatformUser(user, PlatformAuthentication.CookieScheme);
        }
        audit.Add(tenant, AuditEvents.SignedIn, user.Email, user.Email);
        await db.SaveChangesAsync(ct);
        return new(SignInOutcome.SignedIn, principal);
    }

    /// <summary>
    /// Checks the current password of a signed-in person who is about to change it ("Byt lösenord"):
    /// under the sign-in attempt limits, and a wrong one counts toward lockout as a wrong sign-in does,
    /// so a session left open (or stolen) cannot guess it without limit (issue 20, 6).
    /// Returns <see cref="SignInOutcome.SignedIn"/> when the password is right.
    /// </summary>
    public async Task<SignInOutcome> CheckCurrentPasswordAsync(HttpContext http, PlatformUser user, string password, CancellationToken ct)
    {
        var tenant = http.HostOf().Tenant?.Id;
        var ip = http.Connection.RemoteIpAddress?.ToString();
        var normalized = user.NormalizedEmail ?? "";
        if (!limiter.SignInFromAddress(ip) || !limiter.SignInToAccount(normalized))
        {
            logger.LogWarning("Password change throttled for an account from {Address}", ip);
            return SignInOutcome.Throttled;
        }
        return await PasswordIsRightAsync(tenant, user, normalized, password,
            "Byte av lösenord: kontot är spärrat efter för många misslyckade försök", "Fel nuvarande lösenord vid byte av lösenord", ct)
            ? SignInOutcome.SignedIn
            : SignInOutcome.Failed;
    }

    /// <summary>
    /// The password check that sign-in and "Byt lösenord" share: a locked account is refused, a wrong
    /// password counts toward lockout, a right one resets the count and takes its attempt back from the
    /// per-account limit; each failure is audited with <paramref name="locked"/> or <paramref name="wrong"/>.
    /// </summary>
    private async Task<bool> PasswordIsRightAsync(TenantId? tenant, PlatformUser user, string normalized, string password, string locked, string wrong, CancellationToken ct)
    {
        if (await users.IsLockedOutAsync(user))
        {
            VerifyNobody(password);
            await audit.WriteAsync(tenant, AuditEvents.SignInFailed, user.Email, user.Email, locked, ct);
            return false;
        }
        if (!await CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            var nowLocked = await users.IsLockedOutAsync(user);
            await audit.WriteAsync(tenant, AuditEvents.SignInFailed, user.Email, user.Email, nowLocked ? wrong + "; kontot spärras i 15 minuter" : wrong, ct);
            return false;
        }
        await users.ResetAccessFailedCountAsync(user);
        limiter.PasswordWasRight(normalized);
        return true;
    }

    // Every branch verifies one password hash, so that an unknown address, a locked account and a
    // wrong password take as long as each other: the time of an answer tells nothing (issue 20, 4).
    private async Task<bool> CheckPasswordAsync(PlatformUser user, string password)
    {
        if (user.PasswordHash is null)
        {
            VerifyNobody(password);
            return false;
        }
        return await users.CheckPasswordAsync(user, password);
    }

    private void VerifyNobody(string password)
    {
        _nobodyHash ??= hasher.HashPassword(Nobody, "ingen-har-detta-lösenord");
        hasher.VerifyHashedPassword(Nobody, _nobodyHash, password);
    }
}
