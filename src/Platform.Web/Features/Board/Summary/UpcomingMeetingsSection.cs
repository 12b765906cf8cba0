using Microsoft.EntityFrameworkCore;
using Platform.Features.Board.Model;
using Platform.Features.Board.Notices;
using Platform.Features.Board.Settings;
using Platform.Features.WeeklySummary;
using Platform.Infrastructure;
using Platform.Infrastructure.Email;
using Platform.Persistence;

namespace Platform.Features.Board.Summary;

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
