using Microsoft.EntityFrameworkCore;
using Platform.Features.Board.Model;
using Platform.Features.Network;
using Platform.Infrastructure;
using Platform.Persistence;

namespace Platform.Features.Board;

/// <summary>
/// The board's part of the network statistics, by the year of the meeting: meetings held, minutes
/// adjusted (within 14 days or not), notices posted on time or late, and the median days from the
/// meeting to the notice. Only the board (styrelsen): the body whose work the network compares.
/// </summary>
internal sealed class BoardStatistics(TenantDb db) : IStatisticsSource
{
    public async Task<IReadOnlyCollection<int>> YearsAsync(CancellationToken ct) =>
        [.. (await BoardMeetings().Select(m => m.StartsAt).ToListAsync(ct)).Select(s => SwedishTime.DateOf(s).Year).Distinct()];

    private IQueryable<Guid> Boards() => db.Bodies.Where(b => b.Kind == BodyKind.Board).Select(b => b.Id);

    private IQueryable<Meeting> BoardMeetings()
    {
        var boards = Boards();
        return db.Meetings.AsNoTracking().Where(m => m.Status != MeetingStatus.Cancelled && boards.Contains(m.BodyId));
    }

    public async Task AddFiguresAsync(StatisticsSheet sheet, CancellationToken ct)
    {
        var now = sheet.TakenAt.UtcDateTime;
        var meetings = (await BoardMeetings().Where(m => m.StartsAt <= now).Select(m => new { m.Id, m.StartsAt }).ToListAsync(ct))
            .ToDictionary(m => m.Id, m => SwedishTime.DateOf(m.StartsAt));
        var ofBoard = BoardMeetings().Select(m => m.Id);
        var adjusted = await db.Minutes.AsNoTracking().Where(m => m.AdjustedOn != null && ofBoard.Contains(m.MeetingId))
            .Select(m => new { m.MeetingId, AdjustedOn = m.AdjustedOn!.Value }).ToListAsync(ct);
        var postings = await db.Postings.AsNoTracking().Where(p => ofBoard.Contains(p.MeetingId))
            .Select(p => new { p.MeetingDate, p.PostedOn, p.Late, p.ImmediateOnly }).ToListAsync(ct);
        var boards = Boards();
        var seats = await db.Seats.AsNoTracking().Where(s => boards.Contains(s.BodyId))
            .Select(s => new { s.ContactId, s.From, s.To }).ToListAsync(ct);

        foreach (var year in sheet.Years)
        {
            var day = sheet.ReferenceDay(year);
            sheet.Add(year, NetworkFigures.BoardSeatHolders, seats.Where(s => s.From <= day && (s.To is null || s.To >= day)).Select(s => s.ContactId).Distinct().Count());
            sheet.Add(year, NetworkFigures.BoardMeetings, meetings.Count(m => m.Value.Year == year));
            var minutes = adjusted.Where(m => meetings.TryGetValue(m.MeetingId, out var date) && date.Year == year)
                .Select(m => m.AdjustedOn.DayNumber - meetings[m.MeetingId].DayNumber).ToList();
            sheet.Add(year, NetworkFigures.MinutesAdjusted, minutes.Count);
            sheet.Add(year, NetworkFigures.MinutesAdjustedWithin14Days, minutes.Count(days => days <= 14));
            var posted = postings.Where(p => p.MeetingDate.Year == year).ToList();
            sheet.Add(year, NetworkFigures.PostingsOnTime, posted.Count(p => !p.Late));
            sheet.Add(year, NetworkFigures.PostingsLate, posted.Count(p => p.Late));
            if (NetworkMath.Median(posted.Where(p => !p.ImmediateOnly).Select(p => (decimal)(p.PostedOn.DayNumber - p.MeetingDate.DayNumber))) is { } median)
                sheet.Add(year, NetworkFigures.MedianDaysToPosting, median);
        }
    }
}
