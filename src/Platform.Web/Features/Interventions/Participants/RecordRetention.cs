using Microsoft.EntityFrameworkCore;
using Platform.Features.Interventions.Model;
using Platform.Infrastructure;
using Platform.Infrastructure.Identity;
using Platform.Persistence;

namespace Platform.Features.Interventions.Participants;

/// <summary>
/// Deletes the participant records whose episode ended more than the association's retention years
/// ago (End + years &lt; today, Swedish time), with their moves and activity months, and records how
/// many in the audit log. Counts are figures and stay.
/// </summary>
internal sealed class RecordRetention(TenantDb db, TimeProvider clock, AuditLog audit)
{
    public async Task<int> DeleteExpiredAsync(CancellationToken ct)
    {
        var years = await ParticipantRecords.RetentionYearsAsync(db, ct);
        var today = SwedishTime.Today(clock);
        var candidates = await db.Episodes.AsNoTracking().Where(e => e.End != null && e.End < today).Select(e => new { e.Id, e.End }).ToListAsync(ct);
        var ids = candidates.Where(e => e.End!.Value.AddYears(years) < today).Select(e => e.Id).ToList();
        if (ids.Count == 0) return 0;
        foreach (var chunk in ids.Chunk(500))
        {
            await db.EpisodeMoves.Where(m => chunk.Contains(m.EpisodeId)).ExecuteDeleteAsync(ct);
            await db.ActivityMonths.Where(m => chunk.Contains(m.EpisodeId)).ExecuteDeleteAsync(ct);
            await db.Episodes.Where(e => chunk.Contains(e.Id)).ExecuteDeleteAsync(ct);
        }
        await audit.RecordAsync(AuditEvents.ParticipantRecordsDeleted, "Deltagaruppgifter",
            $"{ids.Count} {(ids.Count == 1 ? "deltagarpost" : "deltagarposter")} gallrade ({years} år efter avslut).", ct);
        return ids.Count;
    }
}
