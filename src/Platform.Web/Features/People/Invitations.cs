using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Infrastructure;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.People;

/// <summary>
/// Invitations by email: the link is valid for seven days, once, and only on the host of the
/// association that sent it. A new person chooses a password; someone who already has an account
/// (in another association) confirms with theirs.
/// </summary>
internal sealed class Invitations(
    CatalogDb db, PlatformUserManager users, EmailOutbox outbox, TenantDb tenantDb, AuditLog audit,
    IOptions<PlatformOptions> platform, IOptions<AccessOptions> access, TimeProvider clock)
{
    public async Task<Outcome<Done>> InviteAsync(TenantInfo tenant, string email, string role, string invitedBy, CancellationToken ct)
    {
        email = email.Trim();
        if (!new EmailAddressAttribute().IsValid(email) || email.Length > 256)
            return Outcomes.Invalid("Email", "Ange en giltig e-postadress, till exempel namn@kommun.se.");
        if (!Roles.IsMembershipRole(role)) return Outcomes.Invalid("Role", "Välj en roll.");

        var existing = await users.FindByEmailAsync(email);
        if (existing is not null && await db.MembershipAsync(existing.Id, tenant.Id, ct) is not null)
            return Outcomes.Invalid("Email", "Personen har redan behörighet i förbundet.");

        var (invitation, link) = await CreateAsync(tenant, email, role, invitedBy, null, ct);
        await outbox.QueueAsync(new EmailMessage(
            $"{OutboxMessage.SecretPrefix}invitation:{invitation.Id}",
            [new EmailRecipient(email)],
            new EmailContent(
                $"Inbjudan till {tenant.Name}",
                $"Du är inbjuden till {tenant.Name}",
                [
                    $"{invitedBy} har bjudit in dig till {tenant.Name} på Samordningsplattformen, med rollen {Roles.SwedishLabel(role).ToLowerInvariant()}.",
                    $"Länken gäller till och med {SwedishTime.Format(invitation.ExpiresAt)} och kan användas en gång.",
                ],
                Link: new EmailLink("Ta emot inbjudan", link))), ct);
        await tenantDb.SaveChangesAsync(ct);
        return Outcomes.Done();
    }

    /// <summary>
    /// Records an invitation and returns its link, without an email: for a use case that sends its
    /// own (the adjustment of minutes says "create your account and adjust"). The link leads to
    /// <paramref name="landing"/> (a path on the association's host) once accepted.
    /// </summary>
    public async Task<(Invitation Invitation, Uri Link)> CreateAsync(TenantInfo tenant, string email, string role, string invitedBy, string? landing, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var normalized = users.NormalizeEmail(email)!;
        // A new invitation to the same address replaces the old one: only the newest link works.
        await db.Invitations.Where(i => i.TenantId == tenant.Id.Value && i.Email == normalized && i.AcceptedAt == null).ExecuteDeleteAsync(ct);

        var token = SecretTokens.New();
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(now),
            TenantId = tenant.Id.Value,
            Email = normalized,
            Role = role,
            TokenHash = SecretTokens.Hash(token),
            CreatedAt = now,
            ExpiresAt = now.AddDays(access.Value.InvitationDays),
            InvitedBy = invitedBy,
        };
        db.Invitations.Add(invitation);
        audit.Add(tenant.Id, AuditEvents.Invited, invitedBy, email, Roles.SwedishLabel(role));
        await db.SaveChangesAsync(ct);
        var link = platform.Value.AssociationUrl(tenant.Slug, "/konto/inbjudan");
        return (invitation, landing is null ? link.WithQuery(("kod", token)) : link.WithQuery(("kod", token), ("till", landing)));
    }

    /// <summary>The valid invitation behind a link on this association's host, or null (unknown, used, expired or another association's).</summary>
    public async Task<Invitation?> FindAsync(TenantInfo tenant, string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100) return null;
        var hash = SecretTokens.Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.TokenHash == hash, ct);
        return invitation is { AcceptedAt: null } && invitation.TenantId == tenant.Id.Value && invitation.ExpiresAt > now ? invitation : null;
    }

    /// <summary>Whether the invitee already has an account (then they confirm with their password).</summary>
    public async Task<bool> HasAccountAsync(Invitation invitation) => await users.FindByEmailAsync(invitation.Email) is not null;

    public async Task<Outcome<Done>> AcceptAsync(TenantInfo tenant, string? token, string? displayName, string password, CancellationToken ct)
    {
        var invitation = await FindAsync(tenant, token, ct);
        if (invitation is null) return Outcomes.Conflict("Inbjudan är ogiltig, redan använd eller för gammal. Be förbundets kansli om en ny.");

        var now = clock.GetUtcNow().UtcDateTime;
        var user = await users.FindByEmailAsync(invitation.Email);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (user is null)
        {
            if (string.IsNullOrWhiteSpace(displayName) || displayName.Trim().Length > 200)
                return Outcomes.Invalid("DisplayName", "Ange ditt namn (högst 200 tecken).");
            // The link reached this address, so it counts as confirmed.
            (user, var created) = await users.CreatePersonAsync(invitation.Email.ToLowerInvariant(), displayName.Trim(), null, password);
            if (!created.Succeeded) return Outcomes.Invalid("Password", string.Join(" ", created.Errors.Select(e => e.Description)));
        }
        else if (await users.IsLockedOutAsync(user) || !await users.CheckPasswordAsync(user, password))
        {
            if (!await users.IsLockedOutAsync(user)) await users.AccessFailedAsync(user);
            return Outcomes.Invalid("Password", "Lösenordet stämmer inte. Ange lösenordet till ditt befintliga konto.");
        }

        db.Memberships.Add(new Membership { Id = Guid.CreateVersion7(now), UserId = user.Id, TenantId = tenant.Id.Value, Role = invitation.Role, CreatedAt = now });
        invitation.AcceptedAt = now;
        audit.Add(tenant.Id, AuditEvents.InvitationAccepted, user.Email, user.Email, Roles.SwedishLabel(invitation.Role));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Outcomes.Done();
    }

}
