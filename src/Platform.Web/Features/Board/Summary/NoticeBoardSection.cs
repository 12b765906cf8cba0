using Microsoft.EntityFrameworkCore;
using Platform.Features.Board.Deadlines;
using Platform.Features.Board.Model;
using Platform.Features.Board.Settings;
using Platform.Features.WeeklySummary;
using Platform.Infrastructure.Email;
using Platform.Persistence;

namespace Platform.Features.Board.Summary;

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
