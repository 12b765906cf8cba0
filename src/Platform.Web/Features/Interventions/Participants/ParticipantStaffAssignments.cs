using Microsoft.EntityFrameworkCore;
using Platform.Features.Interventions.Model;
using Platform.Features.People;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Interventions.Participants;

/// <summary>Who keeps an intervention's participant records: admins give and take the role per intervention to people who have the role deltagaransvarig.</summary>
internal sealed class ParticipantStaffAssignments(TenantDb db, Memberships memberships, TenantContext tenant, TimeProvider clock, AuditLog audit, IHttpContextAccessor http)
{
    public async Task<Outcome<List<StaffPerson>>> ListAsync(Guid interventionId, CancellationToken ct)
    {
        if (!await db.Interventions.AnyAsync(i => i.Id == interventionId, ct)) return Outcomes.NotFound(ParticipantCounts.NoIntervention);
        var assigned = await db.ParticipantStaff.Where(s => s.InterventionId == interventionId).Select(s => s.UserId).ToListAsync(ct);
        var people = await memberships.ListAsync(tenant.Current.Id, ct);
        return Outcomes.Ok(people.Where(p => p.Role == Roles.ParticipantStaff)
            .Select(p => new StaffPerson(p.UserId, p.Name, p.Email, assigned.Contains(p.UserId))).ToList());
    }

    public async Task<Outcome<Done>> GrantAsync(Guid interventionId, Guid userId, CancellationToken ct)
    {
        var intervention = await db.Interventions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == interventionId, ct);
        if (intervention is null) return Outcomes.NotFound(ParticipantCounts.NoIntervention);
        var person = (await ListAsync(interventionId, ct)).Value!.FirstOrDefault(p => p.UserId == userId);
        if (person is null) return Outcomes.Invalid("userId", "Välj en person med rollen deltagaransvarig.");
        if (person.Assigned) return Outcomes.Done();
        db.ParticipantStaff.Add(new ParticipantStaff
        {
            InterventionId = interventionId,
            UserId = userId,
            GrantedAt = clock.GetUtcNow().UtcDateTime,
            GrantedBy = http.HttpContext?.User.ActorName() ?? "system",
        });
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.ParticipantStaffChanged, intervention.Name, $"{person.Email} är deltagaransvarig för insatsen.", ct);
        return Outcomes.Done();
    }

    public async Task<Outcome<Done>> RevokeAsync(Guid interventionId, Guid userId, CancellationToken ct)
    {
        var intervention = await db.Interventions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == interventionId, ct);
        if (intervention is null) return Outcomes.NotFound(ParticipantCounts.NoIntervention);
        var row = await db.ParticipantStaff.FirstOrDefaultAsync(s => s.InterventionId == interventionId && s.UserId == userId, ct);
        if (row is null) return Outcomes.NotFound("Personen är inte deltagaransvarig för insatsen.");
        var email = (await memberships.ListAsync(tenant.Current.Id, ct)).FirstOrDefault(p => p.UserId == userId)?.Email ?? userId.ToString();
        db.ParticipantStaff.Remove(row);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.ParticipantStaffChanged, intervention.Name, $"{email} är inte längre deltagaransvarig för insatsen.", ct);
        return Outcomes.Done();
    }
}
