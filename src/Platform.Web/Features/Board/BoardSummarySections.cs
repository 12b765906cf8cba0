using Microsoft.EntityFrameworkCore;
using Platform.Features.WeeklySummary;
using Platform.Infrastructure;
using Platform.Infrastructure.Email;
using Platform.Persistence;

namespace Platform.Features.Board;

/// <summary>The weekly summary's meetings of the next two weeks, with where their notices stand.</summary>
internal sealed class UpcomingMeetingsSection(TenantDb db, BoardSettingsStore settings, TimeProvider clock) : IWeeklySummarySection
{
    public const int DaysAhead = 14;

    public int Order => 10;

    public async Task<(EmailSection Section, bool HasNews)> BuildAsync(SummaryWeek week, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = SwedishTime.ToUtc(week.Today.AddDays(DaysAhead + 1), TimeOnly.MinValue);
        var days = (await settings.GetAsync(ct)).NoticeDaysBefore;
        var meetings = await (from m in db.Meetings.AsNoTracking()
                              join b in db.Bodies.AsNoTracking() on m.BodyId equals b.Id
                              where m.StartsAt > now && m.StartsAt < until
                              orderby m.StartsAt
                              select new { Meeting = m, Body = b.Name }).ToListAsync(ct);
        var lines = meetings.Select(m =>
        {
            var notice = m.Meeting.Status == MeetingStatus.Cancelled ? "inställt"
                : m.Meeting.NoticeSentAt is { } sent ? $"kallelsen skickades {SwedishTime.Local(sent):yyyy-MM-dd}"
                : $"kallelsen skickas {SwedishTime.Local(MeetingNotices.DueAt(m.Meeting, days)):yyyy-MM-dd}";
            return $"{m.Body} {BoardLabels.When(m.Meeting)}: {notice}";
        }).ToList();
        return (new EmailSection("Kommande sammanträden", lines, $"Inga sammanträden de närmaste {DaysAhead} dagarna."), lines.Count > 0);
    }
}

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

/// <summary>Notices posted during the last week, and notices that come down during the coming one.</summary>
internal sealed class NoticeBoardSection(TenantDb db, BoardSettingsStore settings) : IWeeklySummarySection
{
    public int Order => 12;

    public async Task<(EmailSection Section, bool HasNews)> BuildAsync(SummaryWeek week, CancellationToken ct)
    {
        var options = await settings.GetAsync(ct);
        var weekAgo = week.Today.AddDays(-7);
        var postings = await db.Postings.AsNoTracking().Where(p => p.TakenDownOn == null || p.PostedOn >= weekAgo).OrderBy(p => p.PostedOn).ToListAsync(ct);
        var lines = new List<string>();
        foreach (var p in postings.Where(p => p.PostedOn >= weekAgo))
            lines.Add($"Anslaget: {p.BodyName} {p.MeetingDate:yyyy-MM-dd} ({p.Paragraphs}), {p.PostedOn:yyyy-MM-dd}{(p.Late ? ", efter sista dag för anslag" : "")}");
        foreach (var p in postings.Where(p => p.TakenDownOn is null).OrderBy(p => BoardDeadlines.TakedownDay(p, options)))
        {
            var down = BoardDeadlines.TakedownDay(p, options);
            if (down <= week.Today.AddDays(7)) lines.Add($"Tas ned: {p.BodyName} {p.MeetingDate:yyyy-MM-dd} ({p.Paragraphs}), {down:yyyy-MM-dd}");
        }
        return (new EmailSection("Anslagstavlan", lines, "Inga anslag sattes upp den senaste veckan och inga tas ned den kommande."), lines.Count > 0);
    }
}
