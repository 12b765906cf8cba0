using Microsoft.EntityFrameworkCore;
using Platform.Features.Board.Model;
using Platform.Infrastructure;
using Platform.Persistence;

namespace Platform.Features.Board;

/// <summary>
/// The paragraphs of the minutes, published for other features that record which decision granted
/// something (an intervention's board decision): read only, newest meeting first, each with a link
/// to the paragraph on its meeting's page.
/// </summary>
internal sealed class BoardDecisions(TenantDb db)
{
    public async Task<List<BoardDecision>> ListAsync(CancellationToken ct) => await QueryAsync(null, ct);

    public async Task<BoardDecision?> FindAsync(Guid id, CancellationToken ct) => (await QueryAsync(id, ct)).FirstOrDefault();

    /// <summary>
    /// The board's (styrelsens) paragraphs with a decision (not the opening and closing of a meeting) of <paramref name="year"/>'s meetings, in the order they were decided,
    /// at most <paramref name="max"/>; paragraphs not for publication are left out. For the annual report to the members.
    /// </summary>
    public async Task<List<BoardDecision>> OfTheBoardAsync(int year, int max, CancellationToken ct)
    {
        var after = new DateTime(year - 1, 12, 31, 0, 0, 0, DateTimeKind.Utc);
        var before = new DateTime(year + 1, 1, 2, 0, 0, 0, DateTimeKind.Utc);
        var rows = await (from p in db.Paragraphs.AsNoTracking()
                          where !p.NotForPublication && p.Decision != null && p.Decision != ""
                          join m in db.Meetings.AsNoTracking() on p.MeetingId equals m.Id
                          join b in db.Bodies.AsNoTracking() on p.BodyId equals b.Id
                          where b.Kind == BodyKind.Board && m.StartsAt > after && m.StartsAt < before
                          select new { p.Id, p.Number, p.Title, MeetingId = m.Id, m.StartsAt, Body = b.Name })
            .ToListAsync(ct);
        return [.. rows
            .Where(r => SwedishTime.DateOf(r.StartsAt).Year == year)
            .OrderBy(r => r.StartsAt).ThenBy(r => r.Number)
            .Take(max)
            .Select(r => new BoardDecision(r.Id, $"§ {r.Number}, {r.Body} {SwedishTime.DateOf(r.StartsAt):yyyy-MM-dd}", r.Title, $"/moten/{r.MeetingId}#p-{r.Id}"))];
    }

    private async Task<List<BoardDecision>> QueryAsync(Guid? id, CancellationToken ct)
    {
        var rows = await (from p in db.Paragraphs.AsNoTracking()
                          where id == null || p.Id == id
                          join m in db.Meetings.AsNoTracking() on p.MeetingId equals m.Id
                          join b in db.Bodies.AsNoTracking() on p.BodyId equals b.Id
                          select new { p.Id, p.Number, p.Title, MeetingId = m.Id, m.StartsAt, Body = b.Name })
            .ToListAsync(ct);
        return [.. rows
            .OrderByDescending(r => r.StartsAt).ThenBy(r => r.Body, StringComparer.Ordinal).ThenBy(r => r.Number)
            .Select(r => new BoardDecision(r.Id, $"§ {r.Number}, {r.Body} {SwedishTime.DateOf(r.StartsAt):yyyy-MM-dd}", r.Title, $"/moten/{r.MeetingId}#p-{r.Id}"))];
    }
}
