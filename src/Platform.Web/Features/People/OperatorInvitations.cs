using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.People;

/// <summary>
/// Invitations sent by the platform's operators (the first admin of a new association), from the
/// platform host or the command line: each one runs in the association's own tenant scope, where
/// its outbox is.
/// </summary>
internal sealed class OperatorInvitations(TenantScopeFactory scopes)
{
    public async Task<Outcome<Done>> InviteAdminAsync(TenantInfo tenant, string email, string invitedBy, CancellationToken ct)
    {
        if (scopes.ProblemOf(tenant.Id) is { } problem) return Outcomes.Invalid("Association", problem);
        await using var scope = scopes.CreateScope(tenant.Id);
        return await scope.Services.GetRequiredService<Invitations>().InviteAsync(tenant, email, Roles.Admin, invitedBy, ct);
    }
}
