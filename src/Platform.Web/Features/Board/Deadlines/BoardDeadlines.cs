using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Features.Board.Model;
using Platform.Features.Board.NoticeBoard;
using Platform.Features.Board.Settings;
using Platform.Features.LegalDates;
using Platform.Features.WeeklySummary;
using Platform.Infrastructure;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Board.Deadlines;

/// <summary>
/// The board's legal deadlines, checked every morning for one association:
/// <list type="bullet">
/// <item>notices come down on their earliest takedown day (plus the days the association keeps them), never before;</item>
/// <item>adjusted minutes are posted (automatic mode) or the kansli is reminded until they are, and warned once the
/// deadline of KL 8 kap 12 § has passed;</item>
/// <item>adjusters who have not approved are reminded every few days;</item>
/// <item>the admins are warned when the 14-day adjustment limit is 3 days away and when it has passed.</item>
/// </list>
/// Every email has a correlation key naming its subject and occasion, so a second run the same morning,
/// a retry or a restart sends nothing twice. Only recent meetings count (<see cref="LookBackDays"/>): minutes
/// entered afterwards for an old meeting are never posted automatically with today's date.
/// </summary>
internal sealed class BoardDeadlines(
    TenantDb db,
    BoardSettingsStore settings,
    NoticeBoardPostings noticeBoard,
    EmailOutbox outbox,
    IAssociationAdmins admins,
    TenantContext tenant,
    TimeProvider clock,
    IOptions<PlatformOptions> platform,
    ILogger<BoardDeadlines> logger)
{
    /// <summary>Minutes are adjusted no later than 14 days after the meeting.</summary>
    public const int AdjustmentDays = 14;
    /// <summary>The admins are warned when the adjustment limit is this many days away.</summary>
    public const int WarnDaysBefore = 3;
    /// <summary>How far back adjusted minutes are posted automatically and limits are watched.</summary>
    public const int LookBackDays = 30;

    private IReadOnlyList<EmailRecipient>? _admins;

    public async Task<BoardDeadlineRun> RunAsync(CancellationToken ct)
    {
        var today = SwedishTime.Today(clock);
        var options = await settings.GetAsync(ct);
        var takenDown = await TakeDownAsync(today, options, ct);
        var (posted, postingWarnings) = await PostAsync(today, options, ct);
        var reminders = await RemindAdjustersAsync(today, options, ct);
        var warnings = await WarnAboutAdjustmentLimitAsync(today, ct);
        var run = new BoardDeadlineRun(takenDown, posted, postingWarnings, reminders, warnings);
        logger.LogInformation("Board deadlines {Today}: {Run}", today, run);
        return run;
    }

    /// <summary>A held meeting whose minutes are not adjusted; <see cref="Status"/> null when they are not begun.</summary>
    internal sealed record UnadjustedMeeting(Guid Id, DateTime StartsAt, string Body, MinutesStatus? Status);

    /// <summary>The recent held meetings (not cancelled) whose minutes are not adjusted yet, oldest first.</summary>
    public static IQueryable<UnadjustedMeeting> Unadjusted(TenantDb db, DateTime now, DateOnly today)
    {
        var since = SwedishTime.ToUtc(today.AddDays(-(AdjustmentDays + LookBackDays)), TimeOnly.MinValue);
        return from m in db.Meetings.AsNoTracking()
               join b in db.Bodies.AsNoTracking() on m.BodyId equals b.Id
               where m.Status != MeetingStatus.Cancelled && m.StartsAt <= now && m.StartsAt >= since
               join n in db.Minutes.AsNoTracking() on m.Id equals n.MeetingId into minutes
               from n in minutes.DefaultIfEmpty()
               where n == null || n.Status != MinutesStatus.Adjusted
               orderby m.StartsAt
               select new UnadjustedMeeting(m.Id, m.StartsAt, b.Name, n == null ? null : n.Status);
    }

    internal sealed record UnpostedMinutes(Guid MeetingId, DateOnly AdjustedOn, string Body, DateTime StartsAt);

    /// <summary>Recently adjusted minutes whose adjustment is not on the notice board yet (a posting of immediately adjusted paragraphs alone does not count).</summary>
    public static IQueryable<UnpostedMinutes> Unposted(TenantDb db, DateOnly today)
    {
        var since = today.AddDays(-LookBackDays);
        var postings = db.Postings;
        return from n in db.Minutes.AsNoTracking()
               join m in db.Meetings.AsNoTracking() on n.MeetingId equals m.Id
               join b in db.Bodies.AsNoTracking() on m.BodyId equals b.Id
               where n.Status == MinutesStatus.Adjusted && n.AdjustedOn >= since
               where !postings.Any(p => p.MeetingId == n.MeetingId && !p.ImmediateOnly)
               select new UnpostedMinutes(n.MeetingId, n.AdjustedOn!.Value, b.Name, m.StartsAt);
    }

    /// <summary>The adjustment limit of a meeting held on <paramref name="meetingDay"/>.</summary>
    public static DateOnly AdjustmentLimit(DateOnly meetingDay) => meetingDay.AddDays(AdjustmentDays);

    /// <summary>The day a notice comes down by itself: the earliest takedown day plus the days the association keeps notices up.</summary>
    public static DateOnly TakedownDay(Posting posting, BoardSettings settings) => posting.EarliestTakedown.AddDays(settings.KeepPostingDays);

    private async Task<int> TakeDownAsync(DateOnly today, BoardSettings options, CancellationToken ct)
    {
        var up = await db.Postings.Where(p => p.TakenDownOn == null).ToListAsync(ct);
        var due = up.Where(p => today >= TakedownDay(p, options) && today >= p.EarliestTakedown).ToList();
        foreach (var posting in due)
        {
            posting.TakenDownOn = today;
            posting.TakenDownBy = NoticeBoardPostings.Automatic;
        }
        await db.SaveChangesAsync(ct);
        return due.Count;
    }

    private async Task<(int Posted, int Warnings)> PostAsync(DateOnly today, BoardSettings options, CancellationToken ct)
    {
        var unposted = await Unposted(db, today).ToListAsync(ct);
        int posted = 0, warnings = 0;
        foreach (var minutes in unposted)
        {
            if (options.PostingMode == PostingMode.Automatic)
            {
                // A late posting warns the admins itself (NoticeBoard).
                var result = await noticeBoard.PostAsync(minutes.MeetingId, immediateOnly: false, NoticeBoardPostings.Automatic, ct);
                if (result.Succeeded) posted++;
                else logger.LogWarning("Adjusted minutes of meeting {MeetingId} could not be posted: {Reason}", minutes.MeetingId, result.Message);
                continue;
            }

            var (body, meetingDay) = (minutes.Body, SwedishTime.DateOf(minutes.StartsAt));
            var deadline = NoticeBoardDates.PostingDeadline(minutes.AdjustedOn);
            var late = today > deadline;
            var queued = await TellAdminsAsync(
                late ? $"anslag-forsenat:{minutes.MeetingId:N}" : $"anslag-paminnelse:{minutes.MeetingId:N}:{today:yyyy-MM-dd}",
                late ? $"Sista dag för anslag har passerat: {body} {meetingDay:yyyy-MM-dd}" : $"Anslå justeringen senast {deadline:yyyy-MM-dd}: {body} {meetingDay:yyyy-MM-dd}",
                late ? "Justeringen är inte anslagen i tid" : "Justeringen ska anslås",
                [
                    $"Protokollet från {body} {meetingDay:yyyy-MM-dd} justerades {minutes.AdjustedOn:yyyy-MM-dd}. Justeringen ska anslås på anslagstavlan senast den andra dagen efter justeringen, {deadline:yyyy-MM-dd} (kommunallagen 8 kap. 12 §).",
                    late
                        ? "Den dagen har passerat. Anslå justeringen så snart som möjligt: överklagandetiden räknas från anslagsdagen."
                        : "Förbundet anslår för hand. Du får en påminnelse varje morgon tills justeringen är anslagen.",
                ],
                minutes.MeetingId, ct);
            if (queued) warnings++;
        }
        await db.SaveChangesAsync(ct);
        return (posted, warnings);
    }

    private async Task<int> RemindAdjustersAsync(DateOnly today, BoardSettings options, CancellationToken ct)
    {
        var waiting = await (from n in db.Minutes.AsNoTracking()
                             join a in db.Adjusters.AsNoTracking() on n.MeetingId equals a.MeetingId
                             join m in db.Meetings.AsNoTracking() on n.MeetingId equals m.Id
                             join b in db.Bodies.AsNoTracking() on m.BodyId equals b.Id
                             where n.Status == MinutesStatus.InAdjustment && n.SentForAdjustmentAt != null && a.ApprovedAt == null
                             select new { n.MeetingId, SentAt = n.SentForAdjustmentAt!.Value, Adjuster = a, Body = b.Name, m.StartsAt }).ToListAsync(ct);
        var reminded = 0;
        foreach (var row in waiting)
        {
            var sentOn = SwedishTime.DateOf(row.SentAt);
            // One reminder every N days; after an outage the round that is due goes out once, never the missed ones.
            var round = (today.DayNumber - sentOn.DayNumber) / options.AdjusterReminderDays;
            if (round < 1) continue;
            var (body, meetingDay) = (row.Body, SwedishTime.DateOf(row.StartsAt));
            var limit = AdjustmentLimit(meetingDay);
            var key = $"justering-paminnelse:{row.MeetingId:N}:{row.Adjuster.Id:N}:{new DateTimeOffset(row.SentAt, TimeSpan.Zero).ToUnixTimeMilliseconds()}:{round}";
            var queued = await outbox.QueueAsync(new EmailMessage(
                key,
                [new EmailRecipient(row.Adjuster.Email, row.Adjuster.Name)],
                new EmailContent(
                    $"Påminnelse: protokoll att justera, {body} {meetingDay:yyyy-MM-dd}",
                    "Påminnelse om justering",
                    [
                        $"Protokollet från {body} {meetingDay:yyyy-MM-dd} skickades till dig för justering {sentOn:yyyy-MM-dd} och väntar fortfarande på ditt godkännande.",
                        $"Protokollet ska vara justerat senast {limit:yyyy-MM-dd}. Logga in, läs protokollet och godkänn det, eller hör av dig till kansliet om något behöver ändras.",
                    ],
                    Link: new EmailLink("Läs och justera protokollet", MeetingUrl(row.MeetingId)))), ct);
            if (queued) reminded++;
        }
        await db.SaveChangesAsync(ct);
        return reminded;
    }

    private async Task<int> WarnAboutAdjustmentLimitAsync(DateOnly today, CancellationToken ct)
    {
        var held = await Unadjusted(db, clock.GetUtcNow().UtcDateTime, today).ToListAsync(ct);
        var warned = 0;
        foreach (var meeting in held)
        {
            var (body, meetingDay) = (meeting.Body, SwedishTime.DateOf(meeting.StartsAt));
            var limit = AdjustmentLimit(meetingDay);
            var daysLeft = limit.DayNumber - today.DayNumber;
            if (daysLeft > WarnDaysBefore) continue;
            var state = meeting.Status switch
            {
                MinutesStatus.InAdjustment => "Protokollet är skickat för justering men inte justerat av alla justerare.",
                MinutesStatus.Draft => "Protokollet är ett utkast och inte skickat för justering.",
                _ => "Protokollet är inte påbörjat.",
            };
            var passed = daysLeft < 0;
            var queued = await TellAdminsAsync(
                passed ? $"justering-forsenad:{meeting.Id:N}" : $"justering-snart:{meeting.Id:N}",
                passed ? $"Protokollet är inte justerat inom 14 dagar: {body} {meetingDay:yyyy-MM-dd}" : $"Justera senast {limit:yyyy-MM-dd}: {body} {meetingDay:yyyy-MM-dd}",
                passed ? "Tiden för justering har gått ut" : "Tiden för justering går snart ut",
                [
                    $"Protokollet från {body} {meetingDay:yyyy-MM-dd} ska vara justerat senast 14 dagar efter sammanträdet, {limit:yyyy-MM-dd}.",
                    state,
                    passed
                        ? "Justera protokollet så snart som möjligt och anslå justeringen. Beslut som inte har anslagits kan inte vinna laga kraft."
                        : daysLeft == 0 ? "I dag är sista dagen." : $"Det är {daysLeft} {(daysLeft == 1 ? "dag" : "dagar")} kvar.",
                ],
                meeting.Id, ct);
            if (queued) warned++;
        }
        await db.SaveChangesAsync(ct);
        return warned;
    }

    private async Task<bool> TellAdminsAsync(string key, string subject, string heading, IReadOnlyList<string> paragraphs, Guid meetingId, CancellationToken ct)
    {
        // Read once per run: a morning with several warnings asks the catalog once.
        var recipients = _admins ??= await admins.ListAsync(ct);
        if (recipients.Count == 0)
        {
            logger.LogWarning("Nobody to warn about {Key}: the association has no admin and no contact address", key);
            return false;
        }
        return await outbox.QueueAsync(new EmailMessage(key, recipients, new EmailContent(subject, heading, paragraphs,
            Link: new EmailLink("Öppna sammanträdet", MeetingUrl(meetingId)))), ct);
    }

    private Uri MeetingUrl(Guid meetingId) => platform.Value.AssociationUrl(tenant.Current.Slug, $"/moten/{meetingId}");
}
