using Microsoft.EntityFrameworkCore;
using Platform.Features.Board.Bodies;
using Platform.Features.Board.Minuting;
using Platform.Features.Board.Model;
using Platform.Features.Board.Notices;
using Platform.Infrastructure;
using Platform.Infrastructure.Documents;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Identity;
using Platform.Persistence;

namespace Platform.Features.Board.Meetings;

/// <summary>Meetings, their agenda and their papers.</summary>
internal sealed class MeetingPlanner(
    TenantDb db, TimeProvider clock, DocumentUploads uploads, IDocumentStore store, MeetingNotices notices, OutboxDispatch dispatch,
    AgendaTemplates templates, MinutesParagraphs paragraphs, AuditLog audit)
{
    // Compiled (issue 24): read on every view of /moten.
    private static readonly Func<TenantDb, IAsyncEnumerable<(Meeting, Body)>> AllMeetings = EF.CompileAsyncQuery(
        (TenantDb db) => from m in db.Set<Meeting>().AsNoTracking()
                         join b in db.Set<Body>().AsNoTracking() on m.BodyId equals b.Id
                         orderby m.StartsAt descending
                         select ValueTuple.Create(m, b));

    public async Task<List<(Meeting Meeting, Body Body)>> ListAsync(CancellationToken ct) => await AllMeetings(db).ToListAsync(ct);

    public Task<bool> ExistsAsync(Guid id, CancellationToken ct) => db.Meetings.AnyAsync(m => m.Id == id, ct);

    public async Task<MeetingFile?> FileAsync(Guid id, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null) return null;
        var body = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == meeting.BodyId, ct);
        return new MeetingFile(meeting, body,
            await db.Guests.AsNoTracking().Where(g => g.MeetingId == id).OrderBy(g => g.Name).ToListAsync(ct),
            await db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == id).OrderBy(i => i.Order).ToListAsync(ct),
            await db.Papers.AsNoTracking().Where(p => p.MeetingId == id).OrderBy(p => p.UploadedAt).ToListAsync(ct),
            await db.Minutes.AsNoTracking().FirstOrDefaultAsync(m => m.MeetingId == id, ct),
            await db.Attendance.AsNoTracking().Where(a => a.MeetingId == id).OrderBy(a => a.Order).ToListAsync(ct),
            await db.Adjusters.AsNoTracking().Where(a => a.MeetingId == id).OrderBy(a => a.Order).ToListAsync(ct),
            await db.Paragraphs.AsNoTracking().Where(p => p.MeetingId == id).OrderBy(p => p.Number).ToListAsync(ct),
            await db.Postings.AsNoTracking().Where(p => p.MeetingId == id).OrderBy(p => p.PostedAt).ToListAsync(ct));
    }

    public async Task<Outcome<Meeting>> SaveAsync(Guid? id, MeetingInput input, CancellationToken ct)
    {
        var meeting = id is { } existing ? await db.Meetings.FirstOrDefaultAsync(m => m.Id == existing, ct) : null;
        if (id is not null && meeting is null) return Outcomes.NotFound(BoardTexts.NoMeeting);

        var errors = new FieldErrors();
        var bodyId = errors.Id("bodyId", input.BodyId, "organ");
        if (bodyId is { } b && !await db.Bodies.AnyAsync(x => x.Id == b, ct)) errors.Add("bodyId", "Organet finns inte i förbundet.");
        var kind = string.IsNullOrWhiteSpace(input.Kind) ? MeetingKind.Ordinary : errors.Enum("kind", input.Kind, BoardLabels.MeetingKinds);
        var status = string.IsNullOrWhiteSpace(input.Status) ? meeting?.Status ?? MeetingStatus.Planned : errors.Enum("status", input.Status, BoardLabels.MeetingStatuses);
        var date = errors.Date("date", input.Date, "datum");
        var start = errors.Time("startTime", input.StartTime, "starttid");
        var end = errors.Time("endTime", input.EndTime, "sluttid");
        if (start is not null && end <= start) errors.Add("endTime", "Sluttiden måste vara efter starttiden.");
        var place = errors.Text("place", input.Place, "plats", 300);
        var video = errors.Text("videoLink", input.VideoLink, "länk till videomötet", 500);
        if (video is not null && !(Uri.TryCreate(video, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
            errors.Add("videoLink", "Ange hela länken till videomötet, som börjar med https://.");
        if (place is null && video is null) errors.Add("place", "Ange en plats, en länk till videomötet eller båda.");
        if (meeting is not null && bodyId != meeting.BodyId && await db.Paragraphs.AnyAsync(p => p.MeetingId == meeting.Id, ct))
            errors.Add("bodyId", "Protokollet har redan paragrafer i organets nummerserie; organet kan inte bytas.");
        // § numbers run per calendar year: a move to another year renumbers the draft's paragraphs, never published ones.
        if (meeting is not null && date is { } day && await paragraphs.YearChangeRefusalAsync(meeting.Id, day.Year, ct) is { } refusal)
            errors.Add("date", refusal);
        if (errors.Any) return Outcomes.Invalid(errors);

        var isNew = meeting is null;
        if (meeting is null)
        {
            meeting = new Meeting { Id = Guid.CreateVersion7(clock.GetUtcNow()) };
            db.Meetings.Add(meeting);
        }
        var startsAt = SwedishTime.ToUtc(date!.Value, start!.Value);
        var endsAt = SwedishTime.ToUtc(date.Value, end!.Value);
        // Once called, a change to what the invitation says is a new version that goes out as an update or a cancellation.
        var changed = meeting.BodyId != bodyId || meeting.StartsAt != startsAt || meeting.EndsAt != endsAt || meeting.Place != place
            || meeting.VideoLink != video || (meeting.Status == MeetingStatus.Cancelled) != (status == MeetingStatus.Cancelled);
        if (changed && meeting.NoticeSequence is not null) meeting.Sequence++;
        meeting.BodyId = bodyId!.Value;
        meeting.Kind = kind;
        meeting.Status = status;
        meeting.StartsAt = startsAt;
        meeting.EndsAt = endsAt;
        meeting.Place = place;
        meeting.VideoLink = video;
        var agenda = isNew && !input.EmptyAgenda ? await templates.FillAsync(meeting, ct) : 0;
        var renumbered = isNew ? null : await paragraphs.RenumberIntoYearAsync(meeting, date.Value.Year, ct);
        // A meeting booked at shorter notice than the association's is called at once, in the same transaction.
        var queued = await notices.QueueIfDueAsync(meeting, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (renumbered is not null)
        {
            // Someone numbered paragraphs in the new year at the same moment: the unique index decided.
            db.ChangeTracker.Clear();
            return Outcomes.Invalid("date", "Någon annan lade till paragrafer samtidigt i det nya årets nummerserie. Försök igen.");
        }
        if (queued > 0) dispatch.Now();
        var body = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == meeting.BodyId, ct);
        await audit.RecordAsync(AuditEvents.MeetingChanged, Subject(body, meeting),
            isNew ? $"Planerat {BoardLabels.When(meeting)}, {(agenda > 0 ? $"{agenda} punkter från standarddagordningen" : "tom dagordning")}"
                : $"{BoardLabels.MeetingStatuses[meeting.Status]}, {BoardLabels.When(meeting)}, {meeting.Place ?? meeting.VideoLink}", ct);
        if (renumbered is not null) await paragraphs.RecordAsync(meeting.Id, renumbered, ct);
        return Outcomes.Ok(meeting);
    }

    private static string Subject(Body body, Meeting meeting) => $"{body.Name} {SwedishTime.Local(meeting.StartsAt):yyyy-MM-dd}";

    private async Task RecordAgendaAsync(Guid meetingId, string detail, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == meetingId, ct);
        var body = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == meeting.BodyId, ct);
        await audit.RecordAsync(AuditEvents.AgendaChanged, $"{Subject(body, meeting)}: dagordning", detail, ct);
    }

    public async Task<Outcome<Guest>> AddGuestAsync(Guid meetingId, GuestInput input, CancellationToken ct)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null) return Outcomes.NotFound(BoardTexts.NoMeeting);
        var errors = new FieldErrors();
        var name = errors.Text("name", input.Name, "namn", 200, required: true);
        var email = errors.Email("email", input.Email, required: true);
        if (email is not null && await db.Guests.AnyAsync(g => g.MeetingId == meetingId && g.Email == email, ct))
            errors.Add("email", "Personen är redan inbjuden till sammanträdet.");
        if (errors.Any) return Outcomes.Invalid(errors);

        var guest = new Guest { Id = Guid.CreateVersion7(clock.GetUtcNow()), MeetingId = meetingId, Name = name!, Email = email! };
        db.Guests.Add(guest);
        await db.SaveChangesAsync(ct);
        // Invited after the notice went out: the guest is called now, in a transaction of its own.
        if (await notices.QueueForGuestAsync(meeting, guest, ct) > 0)
        {
            await db.SaveChangesAsync(ct);
            dispatch.Now();
        }
        return Outcomes.Ok(guest);
    }

    public async Task<Outcome<Guest>> RemoveGuestAsync(Guid guestId, CancellationToken ct)
    {
        var guest = await db.Guests.FirstOrDefaultAsync(g => g.Id == guestId, ct);
        if (guest is null) return Outcomes.NotFound(BoardTexts.NoGuest);
        db.Guests.Remove(guest);
        await db.SaveChangesAsync(ct);
        return Outcomes.Ok(guest);
    }

    /// <summary>Adds an item at <see cref="AgendaItemInput.Position"/> (1 = first), or last.</summary>
    public async Task<Outcome<AgendaItem>> AddAgendaItemAsync(Guid meetingId, AgendaItemInput input, CancellationToken ct)
    {
        if (!await ExistsAsync(meetingId, ct)) return Outcomes.NotFound(BoardTexts.NoMeeting);
        var errors = AgendaLines.Validate(input, out var title, out var description, out var proposal);
        if (errors.Any) return Outcomes.Invalid(errors);

        var lines = await db.AgendaItems.Where(i => i.MeetingId == meetingId).ToListAsync(ct);
        var item = new AgendaItem
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            MeetingId = meetingId,
            Title = title!,
            Description = description,
            ProposedDecision = proposal,
        };
        AgendaLines.Insert(lines, item, input.Position);
        db.AgendaItems.Add(item);
        await db.SaveChangesAsync(ct);
        await RecordAgendaAsync(meetingId, $"Ärendet «{item.Title}» tillagt som nummer {item.Order}", ct);
        return Outcomes.Ok(item);
    }

    public async Task<Outcome<AgendaItem>> UpdateAgendaItemAsync(Guid itemId, AgendaItemInput input, CancellationToken ct)
    {
        var item = await db.AgendaItems.FirstOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null) return Outcomes.NotFound(BoardTexts.NoAgendaItem);
        var errors = AgendaLines.Validate(input, out var title, out var description, out var proposal);
        if (errors.Any) return Outcomes.Invalid(errors);
        var before = item.Title;
        item.Title = title!;
        item.Description = description;
        item.ProposedDecision = proposal;
        await db.SaveChangesAsync(ct);
        await RecordAgendaAsync(item.MeetingId, before == item.Title ? $"Ärendet «{item.Title}» ändrat" : $"Ärendet «{before}» ändrat till «{item.Title}»", ct);
        return Outcomes.Ok(item);
    }

    /// <summary>One step up or down, or to a position; the others close up around it.</summary>
    public async Task<Outcome<AgendaItem>> MoveAgendaItemAsync(Guid itemId, AgendaMoveInput input, CancellationToken ct)
    {
        var item = await db.AgendaItems.FirstOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null) return Outcomes.NotFound(BoardTexts.NoAgendaItem);
        var lines = await db.AgendaItems.Where(i => i.MeetingId == item.MeetingId).ToListAsync(ct);
        var errors = new FieldErrors();
        var from = AgendaLines.PositionOf(lines, item);
        if (AgendaLines.Target(input, from, lines.Count, errors) is not { } to) return Outcomes.Invalid(errors);
        if (to == from) return Outcomes.Ok(item);
        AgendaLines.Move(lines, item, to);
        await db.SaveChangesAsync(ct);
        await RecordAgendaAsync(item.MeetingId, $"Ärendet «{item.Title}» flyttat från nummer {from} till {to}", ct);
        return Outcomes.Ok(item);
    }

    /// <summary>Removes an item; its papers stay with the meeting, on no item, until the office moves them.</summary>
    public async Task<Outcome<AgendaItem>> RemoveAgendaItemAsync(Guid itemId, CancellationToken ct)
    {
        var item = await db.AgendaItems.FirstOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null) return Outcomes.NotFound(BoardTexts.NoAgendaItem);
        var lines = await db.AgendaItems.Where(i => i.MeetingId == item.MeetingId).ToListAsync(ct);
        await db.Papers.Where(p => p.AgendaItemId == itemId).ForEachAsync(p => p.AgendaItemId = null, ct);
        AgendaLines.Remove(lines, item);
        db.AgendaItems.Remove(item);
        await db.SaveChangesAsync(ct);
        await RecordAgendaAsync(item.MeetingId, $"Ärendet «{item.Title}» borttaget", ct);
        return Outcomes.Ok(item);
    }

    /// <summary>Moves a paper to another item of the meeting's agenda (or to none), and makes it public or not.</summary>
    public async Task<Outcome<Paper>> UpdatePaperAsync(Guid paperId, PaperInput input, CancellationToken ct)
    {
        var paper = await db.Papers.FirstOrDefaultAsync(p => p.Id == paperId, ct);
        if (paper is null) return Outcomes.NotFound(BoardTexts.NoPaper);
        var errors = new FieldErrors();
        var itemId = errors.Id("agendaItemId", input.AgendaItemId, "ärende", required: false);
        if (itemId is { } i && !await db.AgendaItems.AnyAsync(x => x.Id == i && x.MeetingId == paper.MeetingId, ct)) errors.Add("agendaItemId", "Ärendet finns inte på det här sammanträdets dagordning.");
        if (errors.Any) return Outcomes.Invalid(errors);
        paper.AgendaItemId = itemId;
        paper.IsPublic = input.IsPublic;
        await db.SaveChangesAsync(ct);
        var title = itemId is { } id ? await db.AgendaItems.Where(x => x.Id == id).Select(x => x.Title).SingleAsync(ct) : null;
        await RecordAgendaAsync(paper.MeetingId, $"Handlingen «{paper.FileName}» {(title is null ? "hör inte till något ärende" : $"hör till «{title}»")}{(paper.IsPublic ? ", offentlig" : "")}", ct);
        return Outcomes.Ok(paper);
    }

    /// <summary>Stores a paper for the meeting. The file is checked by its bytes; a refused file leaves nothing behind.</summary>
    public async Task<Outcome<Paper>> AddPaperAsync(Guid meetingId, string? fileName, Stream? content, string? agendaItemId, bool isPublic, CancellationToken ct)
    {
        if (!await ExistsAsync(meetingId, ct)) return Outcomes.NotFound(BoardTexts.NoMeeting);
        var errors = new FieldErrors();
        var itemId = errors.Id("agendaItemId", agendaItemId, "ärende", required: false);
        if (itemId is { } i && !await db.AgendaItems.AnyAsync(x => x.Id == i && x.MeetingId == meetingId, ct)) errors.Add("agendaItemId", "Ärendet finns inte på det här sammanträdets dagordning.");
        var name = FileNames.Clean(fileName);
        if (content is null || name.Length == 0) errors.Add("file", "Välj en fil att ladda upp.");
        else if (name.Length > 255) errors.Add("file", "Filnamnet får vara högst 255 tecken.");
        if (errors.Any) return Outcomes.Invalid(errors);

        var upload = await uploads.StoreAsync(name, content!, ct);
        if (upload.Value is not { } stored)
        {
            errors.Add("file", upload.Problem!);
            return Outcomes.Invalid(errors);
        }
        var paper = new Paper
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            MeetingId = meetingId,
            AgendaItemId = itemId,
            FileName = name,
            ContentType = stored.ContentType,
            Length = stored.Length,
            StorageKey = stored.Key,
            IsPublic = isPublic,
            UploadedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Papers.Add(paper);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            await store.DeleteAsync(stored.Key, CancellationToken.None); // no file without its record
            throw;
        }
        return Outcomes.Ok(paper);
    }

    public async Task<Outcome<Paper>> RemovePaperAsync(Guid paperId, CancellationToken ct)
    {
        var paper = await db.Papers.FirstOrDefaultAsync(p => p.Id == paperId, ct);
        if (paper is null) return Outcomes.NotFound(BoardTexts.NoPaper);
        db.Papers.Remove(paper);
        await db.SaveChangesAsync(ct);
        await store.DeleteAsync(paper.StorageKey, ct);
        return Outcomes.Ok(paper);
    }

    /// <summary>The paper and its file; <paramref name="publicOnly"/> for the public notice board.</summary>
    public async Task<(Paper Paper, Stream Content)?> OpenPaperAsync(Guid paperId, bool publicOnly, CancellationToken ct)
    {
        var paper = await db.Papers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == paperId && (!publicOnly || p.IsPublic), ct);
        if (paper is null) return null;
        return await store.OpenReadAsync(paper.StorageKey, ct) is { } content ? (paper, content) : null;
    }
}
