using Microsoft.EntityFrameworkCore;
using Platform.Features.Board.Deadlines;
using Platform.Features.Board.Model;
using Platform.Features.WeeklySummary;
using Platform.Infrastructure;
using Platform.Infrastructure.Email;
using Platform.Persistence;

namespace Platform.Features.Board.Summary;

/// <summary>Minutes of held meetings that are not adjusted yet, and whom they wait for.</summary>
internal sealed class MinutesAwaitingAdjustmentSection(TenantDb db, TimeProvider clock) : IWeeklySummarySection
{
    public int Order => 11;

    public async Task<(EmailSection Section, bool HasNews)> BuildAsync(SummaryWeek week, CancellationToken ct)
    {
        var held = await BoardDeadlines.Unadjusted(db, clock.GetUtcNow().UtcDateTime, week.Today).ToListAsync(ct);
        var ids = held.Select(m => m.Id).ToList();
        var waiting = await db.Adjusters.AsNoTracking().Where(a => ids.Contains(a.MeetingId) && a.ApprovedAt == null).ToListAsync(ct);
        var lines = held.Select(m =>
        {
            var day = SwedishTime.DateOf(m.StartsAt);
            var state = m.Status == MinutesStatus.InAdjustment
                ? $"väntar på {string.Join(" och ", waiting.Where(a => a.MeetingId == m.Id).OrderBy(a => a.Order).Select(a => a.Name))}"
                : "protokollet är inte skickat för justering";
            return $"{m.Body} {day:yyyy-MM-dd}: {state} (justeras senast {BoardDeadlines.AdjustmentLimit(day):yyyy-MM-dd})";
        }).ToList();
        return (new EmailSection("Protokoll som väntar på justering", lines, "Inga protokoll väntar på justering."), lines.Count > 0);
    }
}
