using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Features.Interventions.Model;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Interventions.Participants;

/// <summary>For admins: who keeps an intervention's participant records (people with the role deltagaransvarig).</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Admin)]
internal sealed class StaffModel(ParticipantStaffAssignments assignments, TenantDb db) : ParticipantsPageModel
{
    public Intervention Intervention { get; private set; } = null!;
    public List<StaffPerson> People { get; private set; } = [];

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.Interventions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) is not { } intervention) return false;
        Intervention = intervention;
        People = (await assignments.ListAsync(id, ct)).Value!;
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostGrantAsync(Guid id, Guid userId, CancellationToken ct) =>
        await AnswerAsync(await assignments.GrantAsync(id, userId, ct), "Grant", "given", () => LoadAsync(id, ct));

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, Guid userId, CancellationToken ct) =>
        await AnswerAsync(await assignments.RevokeAsync(id, userId, ct), "Grant", "tagen", () => LoadAsync(id, ct));
}
