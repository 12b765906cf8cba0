using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Features.Interventions.Model;
using Platform.Infrastructure.Identity;
using Platform.Persistence;

namespace Platform.Features.Interventions.Participants;

/// <summary>
/// Who reaches an intervention's participant records: a person with the role deltagaransvarig who
/// was given that intervention (<see cref="ParticipantStaff"/>). Everyone else — admins, the board,
/// auditors, integration clients, the staff of another intervention — is told the records do not
/// exist, so that not even their existence is revealed.
/// </summary>
internal sealed class ParticipantAccess(TenantDb db)
{
    public const string NoRecords = "Deltagaruppgifterna finns inte.";

    /// <summary>The intervention, when <paramref name="user"/> keeps its records; otherwise null.</summary>
    public async Task<Intervention?> RecordsOfAsync(Guid interventionId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await KeepsRecordsAsync(interventionId, user, ct)) return null;
        return await db.Interventions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == interventionId, ct);
    }

    public async Task<bool> KeepsRecordsAsync(Guid interventionId, ClaimsPrincipal user, CancellationToken ct) =>
        user.IsInRole(Roles.ParticipantStaff) && user.UserId() is { } userId
        && await db.ParticipantStaff.AnyAsync(s => s.InterventionId == interventionId && s.UserId == userId, ct);

    /// <summary>The interventions whose records <paramref name="user"/> keeps, by name.</summary>
    public async Task<List<Intervention>> InterventionsOfAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.ParticipantStaff) || user.UserId() is not { } userId) return [];
        var ids = await db.ParticipantStaff.Where(s => s.UserId == userId).Select(s => s.InterventionId).ToListAsync(ct);
        return await db.Interventions.AsNoTracking().Where(i => ids.Contains(i.Id)).OrderBy(i => i.Name).ToListAsync(ct);
    }
}
