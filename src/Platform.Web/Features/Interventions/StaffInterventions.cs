using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Features.Interventions.Model;
using Platform.Infrastructure.Identity;
using Platform.Persistence;

namespace Platform.Features.Interventions;

/// <summary>Published for the start page: the interventions whose participant records a person keeps (deltagaransvarig), by name.</summary>
internal sealed class StaffInterventions(TenantDb db)
{
    internal sealed record Item(Guid Id, string Name);

    public async Task<IReadOnlyList<Item>> OfAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.IsInRole(Roles.ParticipantStaff) || user.UserId() is not { } userId) return [];
        var ids = await db.ParticipantStaff.Where(s => s.UserId == userId).Select(s => s.InterventionId).ToListAsync(ct);
        return await db.Interventions.AsNoTracking().Where(i => ids.Contains(i.Id))
            .OrderBy(i => i.Name).Select(i => new Item(i.Id, i.Name)).ToListAsync(ct);
    }
}
