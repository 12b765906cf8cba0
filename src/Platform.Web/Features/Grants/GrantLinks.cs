using Microsoft.EntityFrameworkCore;
using Platform.Features.Grants.Model;
using Platform.Persistence;

namespace Platform.Features.Grants;

/// <summary>Published for the intervention register: the application whose grant created an intervention, for the link back to it.</summary>
internal sealed class GrantLinks(TenantDb db)
{
    public async Task<(Guid Id, int Number)?> ForInterventionAsync(Guid interventionId, CancellationToken ct) =>
        await db.FundingApplications.AsNoTracking().Where(a => a.InterventionId == interventionId).Select(a => new { a.Id, a.Number }).FirstOrDefaultAsync(ct) is { } found
            ? (found.Id, found.Number) : null;
}
