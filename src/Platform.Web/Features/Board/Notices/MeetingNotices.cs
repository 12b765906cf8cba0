using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Features.Board.CalendarFeed;
using Platform.Features.Board.Model;
using Platform.Features.Board.Settings;
using Platform.Infrastructure;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Board.Notices;

/// <summary>
/// Meeting notices (kallelser). Every seat of the body on the meeting day (ordinarie ledamöter and
/// ersättare) and every invited guest gets an email with the agenda, links to the papers and a
/// calendar invitation. The notice is due at 07.00 Swedish time <see cref="BoardSettings.NoticeDaysBefore"/>
/// days before the meeting; a meeting booked at shorter notice is called at once.
/// <para>
/// Exactly once per recipient and version: a notice is queued in the outbox in the same transaction
/// that records its sequence on the meeting, under the key <c>kallelse:{meeting}:{sequence}:{recipient}</c>.
/// A retry, a restart or two runs at once can therefore never queue a version twice. A change to the
/// time, place or status raises the sequence, which makes an update (or a cancellation) due.
/// </para>
/// </summary>
internal sealed class MeetingNotices(
    TenantDb db,
    EmailOutbox outbox,
    BoardSettingsStore settings,
    TenantContext tenant,
    TimeProvider clock,
    OutboxDispatch dispatch,
    IOptions<PlatformOptions> platform,
    IOptions<EmailOptions> email,
    ILogger<MeetingNotices> logger)
{
    /// <summary>The time of day, Swedish time, when notices fall due.</summary>
    public static readonly TimeOnly SendAt = new(7, 0);

    /// <summary>When the first notice of <paramref name="meeting"/> falls due.</summary>
    public static DateTime DueAt(Meeting meeting, int daysBefore) =>
        SwedishTime.ToUtc(SwedishTime.DateOf(meeting.StartsAt).AddDays(-daysBefore), SendAt);

    /// <summary>What the meeting's recipients should be sent now, if anything.</summary>
    public static NoticeKind? Pending(Meeting meeting, DateTime now, int daysBefore)
    {
        if (meeting.StartsAt <= now || meeting.Status == MeetingStatus.Held) return null;
        if (meeting.Status == MeetingStatus.Cancelled)
            return meeting.NoticeSequence is { } cancelled && cancelled < meeting.Sequence ? NoticeKind.Cancellation : null;
        if (meeting.NoticeSequence is not { } sent) return now >= DueAt(meeting, daysBefore) ? NoticeKind.Notice : null;
        return sent < meeting.Sequence ? NoticeKind.Update : null;
    }

    public async Task<NoticeStatus?> StatusAsync(Guid meetingId, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        return meeting is null ? null : await StatusAsync(meeting, guests: null, ct);
    }

    /// <summary>The status of a meeting already read, with its guests if they are read too (the meeting page reads them once).</summary>
    public async Task<NoticeStatus> StatusAsync(Meeting meeting, IReadOnlyList<Guest>? guests, CancellationToken ct)
    {
        var days = (await settings.GetAsync(ct)).NoticeDaysBefore;
        return new NoticeStatus(DueAt(meeting, days), days, Pending(meeting, clock.GetUtcNow().UtcDateTime, days), meeting.NoticeSentAt, meeting.Sequence,
            meeting.NoticeSequence, await RecipientsAsync(meeting, ct, guests));
    }

    /// <summary>The people called to the meeting: members (chair first), substitutes in their order, then guests.</summary>
    public async Task<List<NoticeRecipient>> RecipientsAsync(Meeting meeting, CancellationToken ct, IReadOnlyList<Guest>? guests = null)
    {
        var day = SwedishTime.DateOf(meeting.StartsAt);
        var seats = await (from s in db.Seats.AsNoTracking()
                           join c in db.Contacts.AsNoTracking() on s.ContactId equals c.Id
                           where s.BodyId == meeting.BodyId && s.From <= day && (s.To == null || s.To >= day)
                           select new { s.Kind, s.Position, s.SubstituteOrder, c.Name, c.Email }).ToListAsync(ct);
        guests ??= await db.Guests.AsNoTracking().Where(g => g.MeetingId == meeting.Id).OrderBy(g => g.Name).ToListAsync(ct);
        var called = seats
            .OrderBy(s => s.Kind).ThenBy(s => s.Position == SeatPosition.None ? 3 : (int)s.Position).ThenBy(s => s.SubstituteOrder ?? int.MaxValue).ThenBy(s => s.Name, StringComparer.Create(SwedishTime.Culture, false))
            .Select(s => new NoticeRecipient(s.Name, s.Email, s.Kind == SeatKind.Member ? "ledamot" : "ersättare"))
            .Concat(guests.Select(g => new NoticeRecipient(g.Name, g.Email, "inbjuden")));
        // One notice per address: someone on two seats (or seated and invited) is called once, as the first.
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return called.Where(r => r.Email is null || seen.Add(r.Email)).ToList();
    }

    /// <summary>
    /// Queues what is due for <paramref name="meeting"/> (tracked; the caller saves, so the notice and
    /// the change that made it due are written together). Returns the number of emails queued.
    /// </summary>
    public async Task<int> QueueIfDueAsync(Meeting meeting, CancellationToken ct)
    {
        var days = (await settings.GetAsync(ct)).NoticeDaysBefore;
        return Pending(meeting, clock.GetUtcNow().UtcDateTime, days) is { } kind ? await QueueAsync(meeting, kind, only: null, ct) : 0;
    }

    /// <summary>The kansli sends the notice now: the first one ahead of its day, or an update after a change to the agenda or papers.</summary>
    public async Task<Outcome<Meeting>> SendNowAsync(Guid meetingId, CancellationToken ct)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null) return Outcomes.NotFound(BoardTexts.NoMeeting);
        if (meeting.Status == MeetingStatus.Cancelled) return Outcomes.Conflict("Sammanträdet är inställt. En kallelse kan inte skickas.");
        if (meeting.Status == MeetingStatus.Held || meeting.StartsAt <= clock.GetUtcNow().UtcDateTime)
            return Outcomes.Conflict("Sammanträdet har redan börjat eller hållits. En kallelse kan inte skickas.");
        if (meeting.NoticeSequence == meeting.Sequence) meeting.Sequence++;
        var kind = meeting.NoticeSequence is null ? NoticeKind.Notice : NoticeKind.Update;
        if (await QueueAsync(meeting, kind, only: null, ct) == 0)
            return Outcomes.Conflict("Kallelsen kan inte skickas: ingen ledamot, ersättare eller inbjuden har en e-postadress. Lägg till e-postadresser under Organ och ledamöter.");
        await db.SaveChangesAsync(ct);
        dispatch.Now();
        return Outcomes.Ok(meeting);
    }

    /// <summary>
    /// The scheduled run: every meeting with a notice due gets it, each in its own transaction, so
    /// one meeting's problem leaves the others' notices untouched. Returns the number of emails queued.
    /// </summary>
    public async Task<int> QueueDueAsync(CancellationToken ct)
    {
        var days = (await settings.GetAsync(ct)).NoticeDaysBefore;
        var now = clock.GetUtcNow().UtcDateTime;
        var horizon = now.AddDays(days + 1);
        var candidates = await db.Meetings
            .Where(m => m.StartsAt > now && m.Status != MeetingStatus.Held)
            .Where(m => m.NoticeSequence == null ? m.Status != MeetingStatus.Cancelled && m.StartsAt <= horizon : m.NoticeSequence < m.Sequence)
            .OrderBy(m => m.StartsAt)
            .ToListAsync(ct);
        var queued = 0;
        foreach (var meeting in candidates)
        {
            if (Pending(meeting, now, days) is not { } kind) continue;
            try
            {
                var count = await QueueAsync(meeting, kind, only: null, ct);
                await db.SaveChangesAsync(ct);
                queued += count;
            }
            catch (DbUpdateException ex)
            {
                // Another run queued the same version at the same moment: the unique key kept it to one.
                logger.LogWarning(ex, "The notice of meeting {MeetingId} was queued by another run", meeting.Id);
                db.ChangeTracker.Clear();
            }
        }
        if (queued > 0) dispatch.Now();
        return queued;
    }

    /// <summary>A guest invited after the notice went out gets the current version at once.</summary>
    public async Task<int> QueueForGuestAsync(Meeting meeting, Guest guest, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (meeting.NoticeSequence is null || meeting.Status is MeetingStatus.Cancelled or MeetingStatus.Held || meeting.StartsAt <= now) return 0;
        return await QueueAsync(meeting, NoticeKind.Notice, guest.Email, ct); // their first notice, whatever the version
    }


    private async Task<int> QueueAsync(Meeting meeting, NoticeKind kind, string? only, CancellationToken ct)
    {
        var recipients = (await RecipientsAsync(meeting, ct))
            .Where(r => r.Email is not null && (only is null || string.Equals(r.Email, only, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        if (recipients.Count == 0)
        {
            logger.LogWarning("Meeting {MeetingId} has nobody with an email address to call; the notice waits", meeting.Id);
            return 0;
        }

        var body = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == meeting.BodyId, ct);
        var agenda = await db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == meeting.Id).OrderBy(i => i.Order).ToListAsync(ct);
        var papers = await db.Papers.AsNoTracking().Where(p => p.MeetingId == meeting.Id).OrderBy(p => p.UploadedAt).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var sequence = meeting.Sequence;
        var organizer = new CalendarPerson(tenant.Current.Name, OutboxMime.FromAddress(email.Value, tenant.Current, platform.Value.Domain));
        var calendarEvent = Event(meeting, body, agenda, kind == NoticeKind.Cancellation);
        var method = kind == NoticeKind.Cancellation ? ICalendarFile.Cancel : ICalendarFile.Request;

        var queued = 0;
        foreach (var recipient in recipients)
        {
            var ics = ICalendarFile.Write(method, [calendarEvent], now, organizer, new CalendarPerson(recipient.Name, recipient.Email!));
            var message = new EmailMessage(
                Key(meeting.Id, sequence, recipient.Email!),
                [new EmailRecipient(recipient.Email!, recipient.Name)],
                Content(kind, meeting, body, agenda, papers, recipient),
                [new EmailFile(kind == NoticeKind.Cancellation ? "installt.ics" : "kallelse.ics", ICalendarFile.ContentType(method), Encoding.UTF8.GetBytes(ics))]);
            if (await outbox.QueueAsync(message, ct)) queued++;
        }

        if (only is null)
        {
            meeting.NoticeSequence = sequence;
            meeting.NoticeSentAt = now;
            if (meeting.Status == MeetingStatus.Planned) meeting.Status = MeetingStatus.NoticeSent;
        }
        logger.LogInformation("{Kind} of meeting {MeetingId} (sequence {Sequence}): {Queued} of {Count} recipients queued", kind, meeting.Id, sequence, queued, recipients.Count);
        return queued;
    }

    /// <summary><c>kallelse:{meeting}:{sequence}:{address}</c>; a very long address is replaced by its hash to keep the key within 200 characters.</summary>
    public static string Key(Guid meetingId, int sequence, string address)
    {
        var recipient = address.ToLowerInvariant();
        var key = $"kallelse:{meetingId:N}:{sequence}:{recipient}";
        return key.Length <= 200 ? key : $"kallelse:{meetingId:N}:{sequence}:#{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(recipient)))}";
    }

    /// <summary>The meeting as a calendar event; the same UID in every invitation, update, cancellation and feed.</summary>
    public CalendarEvent Event(Meeting meeting, Body body, IReadOnlyList<AgendaItem> agenda, bool cancelled)
    {
        var description = new StringBuilder();
        if (agenda.Count > 0)
        {
            description.AppendLine("Dagordning:");
            foreach (var item in agenda) description.Append(item.Order).Append(". ").AppendLine(item.Title);
        }
        if (meeting.VideoLink is { } video) description.Append("Videomöte: ").AppendLine(video);
        return new CalendarEvent(
            Uid(meeting.Id),
            meeting.Sequence,
            meeting.StartsAt,
            meeting.EndsAt,
            $"{body.Name}: {BoardLabels.MeetingKinds[meeting.Kind].ToLowerInvariant()}",
            meeting.Place ?? (meeting.VideoLink is null ? null : "Videomöte"),
            description.Length == 0 ? null : description.ToString().TrimEnd(),
            platform.Value.AssociationUrl(tenant.Current.Slug, $"/moten/{meeting.Id}"),
            cancelled);
    }

    public string Uid(Guid meetingId) => $"{meetingId:N}@{tenant.Current.Slug}.{platform.Value.Domain}";

    private EmailContent Content(NoticeKind kind, Meeting meeting, Body body, IReadOnlyList<AgendaItem> agenda, IReadOnlyList<Paper> papers, NoticeRecipient recipient)
    {
        var local = SwedishTime.Local(meeting.StartsAt);
        var title = $"{body.Name} {local:yyyy-MM-dd} kl. {local:HH.mm}";
        var meetingUrl = platform.Value.AssociationUrl(tenant.Current.Slug, $"/moten/{meeting.Id}");
        var what = $"{BoardLabels.Genitive(body)} {BoardLabels.MeetingKinds[meeting.Kind].ToLowerInvariant()}";
        var place = new List<string> { $"Tid: {BoardLabels.When(meeting)}" };
        if (meeting.Place is { } where) place.Add($"Plats: {where}");
        var placeLinks = meeting.VideoLink is { } video && Uri.TryCreate(video, UriKind.Absolute, out var videoUri) ? new List<EmailLink> { new("Videomöte", videoUri) } : [];

        if (kind == NoticeKind.Cancellation)
        {
            return new EmailContent(
                $"Inställt sammanträde: {title}",
                "Sammanträdet är inställt",
                [
                    $"{Capitalised(what)} {BoardLabels.When(meeting)} är inställt.",
                    "Kalenderinbjudan i meddelandet tar bort sammanträdet ur din kalender.",
                ],
                Link: new EmailLink("Öppna sammanträdet på plattformen", meetingUrl));
        }

        var paragraphs = new List<string>
        {
            kind == NoticeKind.Update
                ? $"Kallelsen till {what} är ändrad. Den här kallelsen ersätter den du fått tidigare, och kalenderinbjudan i meddelandet uppdaterar din kalender."
                : $"Du kallas som {recipient.Role} till {what}.",
            recipient.Role switch
            {
                "ledamot" => "Har du förhinder? Meddela kansliet så snart som möjligt, så att en ersättare kan kallas in.",
                "ersättare" => "Du kallas som ersättare. Kansliet meddelar dig om du behöver tjänstgöra för en ledamot.",
                _ => "Du är inbjuden till sammanträdet. Meddela kansliet om du inte kan komma.",
            },
        };
        var agendaLines = agenda.Select(i => i.ProposedDecision is { } proposal ? $"{i.Order}. {i.Title}. Förslag till beslut: {proposal}" : $"{i.Order}. {i.Title}").ToList();
        var paperLinks = papers.Select(p => p.IsPublic
                ? new EmailLink(p.FileName, platform.Value.AssociationUrl(tenant.Current.Slug, $"/anslagstavla/handlingar/{p.Id}"))
                : new EmailLink($"{p.FileName} (kräver inloggning)", platform.Value.AssociationUrl(tenant.Current.Slug, $"/moten/{meeting.Id}#handlingar")))
            .ToList();
        return new EmailContent(
            $"{(kind == NoticeKind.Update ? "Ändrad kallelse" : "Kallelse")}: {title}",
            kind == NoticeKind.Update ? $"Ändrad kallelse: {body.Name}" : $"Kallelse: {body.Name}",
            paragraphs,
            [
                new EmailSection("Tid och plats", place, Links: placeLinks),
                new EmailSection("Dagordning", agendaLines, "Dagordningen skickas separat."),
                new EmailSection("Handlingar", [], "Handlingarna skickas separat.", paperLinks),
            ],
            new EmailLink("Öppna sammanträdet på plattformen", meetingUrl));
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpper(text[0], SwedishTime.Culture) + text[1..];
}
