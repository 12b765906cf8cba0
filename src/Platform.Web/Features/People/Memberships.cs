using System.Data;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.People;

/// <summary>
/// The people of one association, for its admins: who has which role, change a role, remove a
/// membership. The last admin can be neither demoted nor removed: someone must be able to invite.
/// </summary>
internal sealed class Memberships(CatalogDb db, AuditLog audit, IOpenIddictTokenManager tokens, TimeProvider clock)
{
    public Task<List<Person>> ListAsync(TenantId tenant, CancellationToken ct) =>
        db.Memberships.AsNoTracking()
            .Where(m => m.TenantId == tenant.Value)
            .OrderBy(m => m.User!.DisplayName)
            .Select(m => new Person(m.Id, m.UserId, m.User!.DisplayName, m.User.Email!, m.Role, m.LastSignInAt))
            .ToListAsync(ct);

    public async Task<List<PendingInvitation>> PendingInvitationsAsync(TenantId tenant, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Invitations.AsNoTracking()
            .Where(i => i.TenantId == tenant.Value && i.AcceptedAt == null && i.ExpiresAt > now)
            .OrderBy(i => i.Email)
            .Select(i => new PendingInvitation(i.Id, i.Email.ToLowerInvariant(), i.Role, i.ExpiresAt, i.InvitedBy))
            .ToListAsync(ct);
    }

    /// <summary>Withdraws an invitation that has not been accepted: its link stops working.</summary>
    public async Task<bool> WithdrawInvitationAsync(TenantId tenant, Guid invitationId, string actor, CancellationToken ct)
    {
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == invitationId && i.TenantId == tenant.Value && i.AcceptedAt == null, ct);
        if (invitation is null) return false;
        db.Invitations.Remove(invitation);
        audit.Add(tenant, AuditEvents.InvitationWithdrawn, actor, invitation.Email.ToLowerInvariant(), Roles.SwedishLabel(invitation.Role));
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<Outcome<Done>> ChangeRoleAsync(TenantId tenant, Guid membershipId, string role, string actor, CancellationToken ct)
    {
        if (!Roles.IsMembershipRole(role)) return Outcomes.Invalid("Role", "Välj en roll.");
        return await ChangeAsync(tenant, membershipId, actor, role, ct);
    }

    public Task<Outcome<Done>> RemoveAsync(TenantId tenant, Guid membershipId, string actor, CancellationToken ct) =>
        ChangeAsync(tenant, membershipId, actor, null, ct);

    /// <summary>Changes the role (or removes the membership when <paramref name="newRole"/> is null) in one serializable transaction, so two admins removing each other at once cannot leave none.</summary>
    private async Task<Outcome<Done>> ChangeAsync(TenantId tenant, Guid membershipId, string actor, string? newRole, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
        var membership = await db.Memberships.Include(m => m.User)
            .FirstOrDefaultAsync(m => m.Id == membershipId && m.TenantId == tenant.Value, ct);
        if (membership is null) return Outcomes.NotFound("Personen finns inte i förbundet.");
        if (membership.Role == newRole) return Outcomes.Done();

        if (membership.Role == Roles.Admin
            && await db.Memberships.CountAsync(m => m.TenantId == tenant.Value && m.Role == Roles.Admin, ct) == 1)
            return Outcomes.Conflict(newRole is null
                ? "Den sista administratören kan inte tas bort. Ge någon annan rollen administratör först."
                : "Den sista administratören kan inte få en annan roll. Ge någon annan rollen administratör först.");

        var subject = membership.User?.Email;
        if (newRole is null)
        {
            db.Memberships.Remove(membership);
            audit.Add(tenant, AuditEvents.MembershipRemoved, actor, subject, Roles.SwedishLabel(membership.Role));
        }
        else
        {
            audit.Add(tenant, AuditEvents.RoleChanged, actor, subject, $"{Roles.SwedishLabel(membership.Role)} → {Roles.SwedishLabel(newRole)}");
            membership.Role = newRole;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        // The person's tokens (apps) carry the old role: they stop now, like the web session does.
        await tokens.RevokeBySubjectAsync(membership.UserId.ToString(), ct);
        return Outcomes.Done();
    }
}
