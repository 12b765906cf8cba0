using Microsoft.EntityFrameworkCore;
using Platform.Features.Board.Model;
using Platform.Features.Board.Notices;
using Platform.Infrastructure;
using Platform.Infrastructure.Documents;
using Platform.Infrastructure.Email;
using Platform.Persistence;

namespace Platform.Features.Board.Meetings;

/// <summary>Meetings, their agenda and their papers.</summary>
internal sealed class MeetingPlanner(TenantDb db, TimeProvider clock, DocumentUploads uploads, IDocumentStore store, MeetingNotices notices, OutboxDispatch dispatch)
{
    public async Task<List<(Meeting Meeting, Body Body)>> ListAsync(CancellationToken ct)
    {
        var rows = await (from m in db.Meetings.AsNoTracking()
                          join b in db.Bodies.AsNoTracking() on m.BodyId equals b.Id
                          orderby m.StartsAt descending
                          select new { m, b }).ToListAsync(ct);
        return rows.Select(r => (r.m, r.b)).ToList();
    }

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
        if (errors.Any) return Outcomes.Invalid(errors);

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
        // A meeting booked at shorter notice than the association's is called at once, in the same transaction.
        var queued = await notices.QueueIfDueAsync(meeting, ct);
        await db.SaveChangesAsync(ct);
        if (queued > 0) dispatch.Now();
        return Outcomes.Ok(meeting);
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

    public async Task<Outcome<AgendaItem>> AddAgendaItemAsync(Guid meetingId, AgendaItemInput input, CancellationToken ct)
    {
        if (!await ExistsAsync(meetingId, ct)) return Outcomes.NotFound(BoardTexts.NoMeeting);
        var errors = Validate(input, out var title, out var description, out var proposal);
        if (errors.Any) return Outcomes.Invalid(errors);

        var order = await db.AgendaItems.Where(i => i.MeetingId == meetingId).Select(i => (int?)i.Order).MaxAsync(ct) ?? 0;
        var item = new AgendaItem
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            MeetingId = meetingId,
            Order = order + 1,
            Title = title!,
            Description = description,
            ProposedDecision = proposal,
        };
        db.AgendaItems.Add(item);
        await db.SaveChangesAsync(ct);
        return Outcomes.Ok(item);
    }

    public async Task<Outcome<AgendaItem>> UpdateAgendaItemAsync(Guid itemId, AgendaItemInput input, CancellationToken ct)
    {
        var item = await db.AgendaItems.FirstOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null) return Outcomes.NotFound(BoardTexts.NoAgendaItem);
        var errors = Validate(input, out var title, out var description, out var proposal);
        if (errors.Any) return Outcomes.Invalid(errors);
        item.Title = title!;
        item.Description = description;
        item.ProposedDecision = proposal;
        await db.SaveChangesAsync(ct);
        return Outcomes.Ok(item);
    }

    public async Task<Outcome<AgendaItem>> RemoveAgendaItemAsync(Guid itemId, CancellationToken ct)
    {
        var item = await db.AgendaItems.FirstOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null) return Outcomes.NotFound(BoardTexts.NoAgendaItem);
        db.AgendaItems.Remove(item);
        await db.SaveChangesAsync(ct);
        return Outcomes.Ok(item);
    }

    private static FieldErrors Validate(AgendaItemInput input, out string? title, out string? description, out string? proposal)
    {
        var errors = new FieldErrors();
        title = errors.Text("title", input.Title, "ärendets rubrik", 300, required: true);
        description = errors.Text("description", input.Description, "beskrivning", 4000);
        proposal = errors.Text("proposedDecision", input.ProposedDecision, "förslag till beslut", 4000);
        return errors;
    }

    /// <summary>Stores a paper for the meeting. The file is checked by its bytes; a refused file leaves nothing behind.</summary>
    public async Task<Outcome<Paper>> AddPaperAsync(Guid meetingId, string? fileName, Stream? content, string? agendaItemId, bool isPublic, CancellationToken ct)
    {
        if (!await ExistsAsync(meetingId, ct)) return Outcomes.NotFound(BoardTexts.NoMeeting);
        var errors = new FieldErrors();
        var itemId = errors.Id("agendaItemId", agendaItemId, "ärende", required: false);
        if (itemId is { } i && !await db.AgendaItems.AnyAsync(x => x.Id == i && x.MeetingId == meetingId, ct)) errors.Add("agendaItemId", "Ärendet finns inte på det här sammanträdets dagordning.");
        var name = Path.GetFileName(fileName ?? "").Trim();
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
