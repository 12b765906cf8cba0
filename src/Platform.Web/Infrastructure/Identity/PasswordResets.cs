using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// "Forgot password" on an association's host: a link by email, valid for two hours and once. The
/// token's purpose names the association, so a link minted for A does nothing on B's host.
/// </summary>
internal sealed class PasswordResets(
    PlatformUserManager users, CatalogDb db, EmailOutbox outbox, TenantDb tenantDb, AttemptLimiter limiter, AuditLog audit,
    OpenIddict.Abstractions.IOpenIddictTokenManager tokens, IOptions<PlatformOptions> platform, TimeProvider clock)
{
    private static string Purpose(TenantId tenant) => $"reset-password:{tenant}";

    /// <summary>
    /// Sends a reset link if the address belongs to someone in this association. The caller tells
    /// the user the same thing either way: whether an address has an account is not revealed.
    /// </summary>
    public async Task<bool> RequestAsync(HttpContext http, TenantInfo tenant, string email, CancellationToken ct)
    {
        var normalized = users.NormalizeEmail(email.Trim()) ?? "";
        if (!limiter.AccountEmail(http.Connection.RemoteIpAddress?.ToString(), normalized)) return false;

        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || await db.MembershipAsync(user.Id, tenant.Id, ct) is null) return true;

        var token = await users.GenerateUserTokenAsync(user, TokenOptions.DefaultProvider, Purpose(tenant.Id));
        var link = platform.Value.AssociationUrl(tenant.Slug, "/konto/aterstall-losenord")
            .WithQuery(("anvandare", user.Id.ToString()), ("kod", token));
        await outbox.QueueAsync(new EmailMessage(
            $"{OutboxMessage.SecretPrefix}password-reset:{user.Id}:{clock.GetUtcNow().ToUnixTimeMilliseconds()}",
            [new EmailRecipient(user.Email!, user.DisplayName)],
            new EmailContent(
                "Återställ ditt lösenord",
                "Återställ ditt lösenord",
                [
                    $"Någon (förhoppningsvis du) bad om att få välja ett nytt lösenord för {tenant.Name}.",
                    "Länken gäller i två timmar och kan användas en gång. Har du inte bett om detta kan du bortse från meddelandet: ditt lösenord är oförändrat.",
                ],
                Link: new EmailLink("Välj ett nytt lösenord", link))), ct);
        await tenantDb.SaveChangesAsync(ct);
        await audit.WriteAsync(tenant.Id, AuditEvents.PasswordResetRequested, user.Email, user.Email, null, ct);
        return true;
    }

    /// <summary>Sets a new password with a link from <see cref="RequestAsync"/>. The link stops working when it has been used.</summary>
    public async Task<IdentityResult> ResetAsync(TenantInfo tenant, Guid userId, string token, string newPassword, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || await db.MembershipAsync(user.Id, tenant.Id, ct) is null
            || !await users.VerifyUserTokenAsync(user, TokenOptions.DefaultProvider, Purpose(tenant.Id), token))
            return IdentityResult.Failed(users.ErrorDescriber.InvalidToken());

        // Identity's own reset changes the security stamp, which ends the link and every other session.
        var result = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), newPassword);
        if (!result.Succeeded) return result;
        await users.SetLockoutEndDateAsync(user, null);
        await tokens.RevokeBySubjectAsync(user.Id.ToString(), ct); // and every app's token
        await audit.WriteAsync(tenant.Id, AuditEvents.PasswordReset, user.Email, user.Email, null, ct);
        return result;
    }
}
