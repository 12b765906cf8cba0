using Microsoft.EntityFrameworkCore;
using Platform.Features.Board.CalendarFeed;
using Platform.Features.Board.Deadlines;
using Platform.Features.Board.Model;
using Platform.Features.Board.Notices;
using Platform.Features.Board.Settings;
using Platform.Features.LegalDates;
using Platform.Infrastructure;
using Platform.Infrastructure.Documents;
using Platform.Persistence;

namespace Platform.Features.Board;

/// <summary>
/// What comes next in the board's work, read only, for the start page: a person's coming meetings
/// with their papers and the minutes waiting for their approval; the minutes an auditor can read;
/// and what the kansli must do, with the legal limits of <see cref="BoardDeadlines"/> and the notice
/// days of <see cref="MeetingNotices"/>.
/// </summary>
internal sealed class BoardAgenda(TenantDb db, BoardSettingsStore settings, TimeProvider clock)
{
    /// <summary>How many coming meetings the start page shows.</summary>
    public const int MeetingsShown = 5;
    /// <summary>The kansli sees a notice on its list this many days before it goes out.</summary>
    public const int NoticeDaysAhead = 7;

    /// <summary>A coming meeting as a person reads it on the start page.</summary>
    /// <param name="Role">"ledamot", "ersättare" or "inbjuden" when the person is called; null when they read all meetings.</param>
    internal sealed record ComingMeeting(
        Guid Id, string Body, string Kind, string When, string? Place, string? VideoLink, bool Cancelled, DateTime? NoticeSentAt, string? Role, IReadOnlyList<PaperLink> Papers);

    /// <summary>A meeting paper: <see cref="Href"/> downloads it.</summary>
    internal sealed record PaperLink(string FileName, string Href, string Description);

    /// <summary>Minutes sent to the person for adjustment that they have not approved yet.</summary>
    internal sealed record MinutesToApprove(Guid MeetingId, string Body, DateOnly MeetingDay, DateOnly? SentOn, DateOnly Limit, string? Scope)
    {
        public string Href => $"/moten/{MeetingId}#justering";
    }

    /// <summary>Adjusted minutes, for a reader.</summary>
    internal sealed record AdjustedMinutes(Guid MeetingId, string Body, DateOnly MeetingDay, DateOnly AdjustedOn);

    /// <summary>The person's part: <see cref="OwnBodies"/> when the meetings are those of the bodies they sit on or are invited to.</summary>
    internal sealed record PersonAgenda(IReadOnlyList<MinutesToApprove> ToApprove, IReadOnlyList<ComingMeeting> Meetings, bool OwnBodies);

    /// <summary>
    /// The start page of the person who signs in with <paramref name="email"/>: the minutes waiting
    /// for their approval (they are an adjuster by that address) and the next meetings of the bodies
    /// whose seats carry the same address, or of every body when none does or <paramref name="allBodies"/>.
    /// </summary>
    public async Task<PersonAgenda> ForPersonAsync(string? email, bool allBodies, CancellationToken ct)
    {
        email = email?.Trim().ToLowerInvariant();
        var now = clock.GetUtcNow().UtcDateTime;
        var today = SwedishTime.Today(clock);

        var toApprove = email is null ? [] : (await (
                from a in db.Adjusters.AsNoTracking()
                join n in db.Minutes.AsNoTracking() on a.MeetingId equals n.MeetingId
                join m in db.Meetings.AsNoTracking() on a.MeetingId equals m.Id
                join b in db.Bodies.AsNoTracking() on m.BodyId equals b.Id
                where a.Email == email && a.ApprovedAt == null && n.Status == MinutesStatus.InAdjustment
                select new { m.Id, Body = b.Name, m.StartsAt, n.SentForAdjustmentAt, a.Scope }).ToListAsync(ct))
            .Select(r =>
            {
                var day = SwedishTime.DateOf(r.StartsAt);
                return new MinutesToApprove(r.Id, r.Body, day, r.SentForAdjustmentAt is { } sent ? SwedishTime.DateOf(sent) : null, BoardDeadlines.AdjustmentLimit(day), r.Scope);
            })
            .OrderBy(m => m.Limit).ThenBy(m => m.Body, StringComparer.Create(SwedishTime.Culture, false))
            .ToList();

        // Seats that have not ended: the bodies the person sits on, by the address they sign in with.
        var seats = email is null || allBodies ? [] : await (
            from s in db.Seats.AsNoTracking()
            join c in db.Contacts.AsNoTracking() on s.ContactId equals c.Id
            where c.Email == email && (s.To == null || s.To >= today)
            select new { s.BodyId, s.Kind, s.From, s.To }).ToListAsync(ct);
        var invitedTo = email is null || allBodies ? [] : await db.Guests.AsNoTracking().Where(g => g.Email == email).Select(g => g.MeetingId).ToListAsync(ct);
        var own = seats.Count > 0 || invitedTo.Count > 0;

        var coming = db.Meetings.AsNoTracking().Where(m => m.EndsAt > now);
        if (own)
        {
            var bodies = seats.Select(s => s.BodyId).Distinct().ToList();
            coming = coming.Where(m => bodies.Contains(m.BodyId) || invitedTo.Contains(m.Id));
        }
        var meetings = await coming.OrderBy(m => m.StartsAt).Take(MeetingsShown).ToListAsync(ct);

        return new PersonAgenda(toApprove, await DescribeAsync(meetings, m =>
        {
            if (!own) return null;
            var day = SwedishTime.DateOf(m.StartsAt);
            var seat = seats.Where(s => s.BodyId == m.BodyId && s.From <= day && (s.To is null || s.To >= day)).OrderBy(s => s.Kind).FirstOrDefault();
            return seat is not null ? (seat.Kind == SeatKind.Member ? "ledamot" : "ersättare") : invitedTo.Contains(m.Id) ? "inbjuden" : null;
        }, ct), own);
    }

    /// <summary>Whether the person subscribes to their meetings in a calendar app (Kalender i din app).</summary>
    public Task<bool> HasCalendarAsync(Guid userId, CancellationToken ct) => db.Set<CalendarSubscription>().AnyAsync(s => s.UserId == userId, ct);

    /// <summary>The most recently adjusted minutes, newest first.</summary>
    public async Task<IReadOnlyList<AdjustedMinutes>> RecentlyAdjustedAsync(int count, CancellationToken ct) =>
        (await (from n in db.Minutes.AsNoTracking()
                join m in db.Meetings.AsNoTracking() on n.MeetingId equals m.Id
                join b in db.Bodies.AsNoTracking() on m.BodyId equals b.Id
                where n.Status == MinutesStatus.Adjusted && n.AdjustedOn != null
                orderby n.AdjustedOn descending, m.StartsAt descending
                select new { m.Id, Body = b.Name, m.StartsAt, AdjustedOn = n.AdjustedOn!.Value }).Take(count).ToListAsync(ct))
        .Select(r => new AdjustedMinutes(r.Id, r.Body, SwedishTime.DateOf(r.StartsAt), r.AdjustedOn)).ToList();

    private async Task<IReadOnlyList<ComingMeeting>> DescribeAsync(List<Meeting> meetings, Func<Meeting, string?> role, CancellationToken ct)
    {
        if (meetings.Count == 0) return []; // nothing to describe: no queries (the start page asks on every visit)
        var ids = meetings.Select(m => m.Id).ToList();
        var bodies = await db.Bodies.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var papers = (await db.Papers.AsNoTracking().Where(p => ids.Contains(p.MeetingId)).OrderBy(p => p.UploadedAt).ToListAsync(ct)).ToLookup(p => p.MeetingId);
        return meetings.Select(m => new ComingMeeting(
            m.Id,
            bodies.GetValueOrDefault(m.BodyId, ""),
            BoardLabels.MeetingKinds[m.Kind],
            BoardLabels.When(m),
            m.Place,
            m.VideoLink,
            m.Status == MeetingStatus.Cancelled,
            m.NoticeSentAt,
            role(m),
            papers[m.Id].Select(p => new PaperLink(p.FileName, $"/api/papers/{p.Id}", DocumentTypes.Describe(p.ContentType, p.Length))).ToList())).ToList();
    }

    /// <summary>
    /// What the kansli must do in the board's work: minutes not adjusted within their 14 days, adjusted
    /// minutes not yet posted, and notices that go out within <see cref="NoticeDaysAhead"/> days (or
    /// should have). Urgent when the limit is at most <see cref="BoardDeadlines.WarnDaysBefore"/> days away.
    /// </summary>
    public async Task<IReadOnlyList<OfficeTask>> ForOfficeAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = SwedishTime.Today(clock);
        var tasks = new List<OfficeTask>();
        await AddUnadjustedAsync(tasks, now, today, ct);
        await AddUnpostedAsync(tasks, today, ct);
        await AddNoticesAsync(tasks, now, today, ct);
        return tasks;
    }

    private async Task AddUnadjustedAsync(List<OfficeTask> tasks, DateTime now, DateOnly today, CancellationToken ct)
    {
        var held = await BoardDeadlines.Unadjusted(db, now, today).ToListAsync(ct);
        if (held.Count == 0) return;
        var ids = held.Select(m => m.Id).ToList();
        var waiting = (await db.Adjusters.AsNoTracking().Where(a => ids.Contains(a.MeetingId) && a.ApprovedAt == null).ToListAsync(ct)).ToLookup(a => a.MeetingId);
        foreach (var meeting in held)
        {
            var day = SwedishTime.DateOf(meeting.StartsAt);
            var limit = BoardDeadlines.AdjustmentLimit(day);
            var state = meeting.Status switch
            {
                MinutesStatus.InAdjustment when waiting[meeting.Id].Any() =>
                    $"Skickat för justering. Väntar på {string.Join(" och ", waiting[meeting.Id].OrderBy(a => a.Order).Select(a => a.Name))}.",
                MinutesStatus.InAdjustment => "Skickat för justering.",
                MinutesStatus.Draft => "Protokollet är ett utkast och inte skickat för justering.",
                _ => "Protokollet är inte påbörjat.",
            };
            tasks.Add(new OfficeTask(
                $"Justera protokollet: {meeting.Body} {day:yyyy-MM-dd}",
                $"{state} Ska vara justerat senast {limit:yyyy-MM-dd}, {DaysLeft(limit, today)}.",
                $"/moten/{meeting.Id}#{(meeting.Status == MinutesStatus.InAdjustment ? "justering" : "protokoll")}",
                limit,
                limit.DayNumber - today.DayNumber <= BoardDeadlines.WarnDaysBefore));
        }
    }

    private async Task AddUnpostedAsync(List<OfficeTask> tasks, DateOnly today, CancellationToken ct)
    {
        // The same minutes the deadline job posts or warns about.
        var unposted = await BoardDeadlines.Unposted(db, today).ToListAsync(ct);
        foreach (var minutes in unposted)
        {
            var deadline = NoticeBoardDates.PostingDeadline(minutes.AdjustedOn);
            tasks.Add(new OfficeTask(
                $"Anslå justeringen: {minutes.Body} {SwedishTime.DateOf(minutes.StartsAt):yyyy-MM-dd}",
                $"Justerat {minutes.AdjustedOn:yyyy-MM-dd}. Ska anslås på anslagstavlan senast {deadline:yyyy-MM-dd}, {DaysLeft(deadline, today)} (kommunallagen 8 kap. 12 §).",
                $"/moten/{minutes.MeetingId}#justering",
                deadline,
                deadline.DayNumber - today.DayNumber <= BoardDeadlines.WarnDaysBefore));
        }
    }

    private async Task AddNoticesAsync(List<OfficeTask> tasks, DateTime now, DateOnly today, CancellationToken ct)
    {
        var days = (await settings.GetAsync(ct)).NoticeDaysBefore;
        var horizon = SwedishTime.ToUtc(today.AddDays(days + NoticeDaysAhead + 1), TimeOnly.MinValue);
        var candidates = await db.Meetings.AsNoTracking()
            .Where(m => m.StartsAt > now && m.StartsAt < horizon && m.Status != MeetingStatus.Held)
            .Where(m => m.NoticeSequence == null ? m.Status != MeetingStatus.Cancelled : m.NoticeSequence < m.Sequence)
            .OrderBy(m => m.StartsAt).ToListAsync(ct);
        if (candidates.Count == 0) return;
        var ids = candidates.Select(m => m.Id).ToList();
        var bodies = await db.Bodies.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var items = await db.AgendaItems.AsNoTracking().Where(i => ids.Contains(i.MeetingId)).GroupBy(i => i.MeetingId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var papers = await db.Papers.AsNoTracking().Where(p => ids.Contains(p.MeetingId)).GroupBy(p => p.MeetingId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        foreach (var meeting in candidates)
        {
            var title = $"{bodies.GetValueOrDefault(meeting.BodyId, "")} {BoardLabels.When(meeting)}";
            var href = $"/moten/{meeting.Id}#kallelse";
            if (meeting.NoticeSequence is not null)
            {
                // Sent, then changed: the notice job sends the update within a minute, unless something stops it.
                var what = meeting.Status == MeetingStatus.Cancelled ? "Meddelandet om att sammanträdet är inställt" : "Den ändrade kallelsen";
                tasks.Add(new OfficeTask($"Skicka ändrad kallelse: {title}", $"{what} har inte gått ut än.", href, today, Urgent: true));
                continue;
            }
            var dueAt = MeetingNotices.DueAt(meeting, days);
            var due = SwedishTime.DateOf(dueAt);
            if (due > today.AddDays(NoticeDaysAhead)) continue;
            var contents = $"{Count(items.GetValueOrDefault(meeting.Id), "punkt", "punkter")} på dagordningen, {Count(papers.GetValueOrDefault(meeting.Id), "handling", "handlingar")}.";
            tasks.Add(dueAt <= now
                ? new OfficeTask($"Kallelsen har inte gått ut: {title}", $"Kallelsen skulle ha skickats {due:yyyy-MM-dd} {SwedishTime.Clock(dueAt)}. Se till att ledamöterna har e-postadresser och skicka den.", href, due, Urgent: true)
                : new OfficeTask($"Kallelse skickas {due:yyyy-MM-dd} {SwedishTime.Clock(dueAt)}: {title}", $"Kontrollera dagordningen och handlingarna innan kallelsen går ut: {contents}", href, due,
                    due.DayNumber - today.DayNumber <= BoardDeadlines.WarnDaysBefore));
        }
    }

    /// <summary>"i dag", "om 1 dag", "om 5 dagar", "2 dagar sedan".</summary>
    private static string DaysLeft(DateOnly limit, DateOnly today) => (limit.DayNumber - today.DayNumber) switch
    {
        0 => "i dag",
        1 => "i morgon",
        > 1 and var n => $"om {n} dagar",
        -1 => "det var i går",
        var n => $"det var för {-n} dagar sedan",
    };

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";
}
