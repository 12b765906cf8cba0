using Microsoft.EntityFrameworkCore;
using Platform.Features.Board.Meetings;
using Platform.Features.Board.Minuting;
using Platform.Features.Board.Model;
using Platform.Infrastructure;
using Platform.Persistence;

namespace Platform.Features.Board;

/// <summary>
/// What the board publishes for cases another feature brings to it (a funding application): the
/// board's coming meetings; who sits on the board and the preparatory group today, for which member
/// party (conflicts of interest); placing a case on a meeting's agenda with its paper and the names
/// that will not take part; keeping those names in step on the item and, while the minutes are a
/// draft, on the paragraph drafted from it; and an adjuster for that paragraph alone when the chair
/// does not take part (Sundsvall § 72–73).
/// </summary>
internal sealed class BoardCases(TenantDb db, TimeProvider clock, MeetingPlanner planner, MinutesParagraphs paragraphs, MinutesPeople people)
{
    /// <summary>The board's meetings still to come and not cancelled, whose minutes have not left draft; soonest first.</summary>
    public async Task<List<BoardMeetingChoice>> ComingMeetingsAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var minutes = db.Minutes.AsNoTracking();
        var rows = await (from m in db.Meetings.AsNoTracking()
                          join b in db.Bodies.AsNoTracking() on m.BodyId equals b.Id
                          where b.Kind == BodyKind.Board && m.EndsAt > now && m.Status != MeetingStatus.Cancelled
                          where !minutes.Any(n => n.MeetingId == m.Id && n.Status != MinutesStatus.Draft)
                          select new { m, Body = b.Name }).ToListAsync(ct);
        return [.. rows.OrderBy(r => r.m.StartsAt).Select(r => new BoardMeetingChoice(r.m.Id, $"{r.Body} {BoardLabels.When(r.m)}", SwedishTime.DateOf(r.m.StartsAt)))];
    }

    /// <summary>The board's meeting, when it is one of <see cref="ComingMeetingsAsync"/>.</summary>
    public async Task<BoardMeetingChoice?> ComingMeetingAsync(Guid meetingId, CancellationToken ct) =>
        (await ComingMeetingsAsync(ct)).FirstOrDefault(m => m.Id == meetingId);

    /// <summary>Everyone with a seat today on the board or a preparatory group, ordinarie ledamöter and ersättare.</summary>
    public async Task<List<BoardSeatHolder>> SeatHoldersAsync(CancellationToken ct)
    {
        var today = SwedishTime.Today(clock);
        var rows = await (from s in db.Seats.AsNoTracking()
                          join b in db.Bodies.AsNoTracking() on s.BodyId equals b.Id
                          join c in db.Contacts.AsNoTracking() on s.ContactId equals c.Id
                          where (b.Kind == BodyKind.Board || b.Kind == BodyKind.PreparatoryGroup) && s.From <= today && (s.To == null || s.To >= today)
                          select new { c.Id, c.Name, s.MemberId, Body = b.Name, b.Kind, s.Position }).ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Kind).ThenBy(r => r.Name, StringComparer.Create(SwedishTime.Culture, false))
            .Select(r => new BoardSeatHolder(r.Id, r.Name, r.MemberId, r.Body, r.Kind == BodyKind.Board, r.Kind == BodyKind.Board && r.Position == SeatPosition.Chair))];
    }

    /// <summary>
    /// Places a case on a coming meeting of the board, before the standard closing items: an agenda item with
    /// <paramref name="recusals"/>, and <paramref name="paper"/> as its paper (checked by its bytes like any paper).
    /// Returns the agenda item's id.
    /// </summary>
    public async Task<Outcome<Guid>> PlaceOnAgendaAsync(Guid meetingId, string title, string? description, string? proposal, IReadOnlyList<string> recusals,
        string paperName, byte[]? paper, CancellationToken ct)
    {
        if (await ComingMeetingAsync(meetingId, ct) is null) return Outcomes.Invalid("meetingId", "Välj ett kommande sammanträde med styrelsen vars protokoll inte är påbörjat för justering.");
        var lines = await db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == meetingId).ToListAsync(ct);
        var added = await planner.AddAgendaItemAsync(meetingId, new AgendaItemInput
        {
            Title = Clip(title, 300),
            Description = description,
            ProposedDecision = proposal,
            Position = AgendaLines.DefaultPosition(lines),
        }, ct);
        if (added.Value is not { } item) return Outcomes.Invalid("meetingId", added.Message ?? "Ärendet kunde inte läggas på dagordningen.");
        item.Recusals = [.. recusals];
        await db.SaveChangesAsync(ct);
        if (paper is not null)
        {
            using var content = new MemoryStream(paper);
            var stored = await planner.AddPaperAsync(meetingId, paperName, content, item.Id.ToString(), isPublic: false, ct);
            if (!stored.Succeeded) return Outcomes.Invalid("meetingId", $"Ärendet ligger på dagordningen men handlingen kunde inte sparas: {stored.Errors?.Values.FirstOrDefault()?.FirstOrDefault() ?? stored.Message}");
        }
        return Outcomes.Ok(item.Id);
    }

    /// <summary>
    /// Who does not take part in the decision of an agenda item: those of <paramref name="people"/> who sit on the
    /// meeting's body (or are not in the register), on the item and, while the minutes are a draft, on its paragraph.
    /// Returns the names set on the item.
    /// </summary>
    public async Task<IReadOnlyList<string>> SetRecusalsAsync(Guid agendaItemId, IReadOnlyList<(Guid? ContactId, string Name)> people, CancellationToken ct)
    {
        var item = await db.AgendaItems.FirstOrDefaultAsync(i => i.Id == agendaItemId, ct);
        if (item is null) return [];
        var meeting = await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == item.MeetingId, ct);
        var day = SwedishTime.DateOf(meeting.StartsAt);
        var seated = await db.Seats.AsNoTracking().Where(s => s.BodyId == meeting.BodyId && s.From <= day && (s.To == null || s.To >= day)).Select(s => s.ContactId).ToListAsync(ct);
        var names = people.Where(p => p.ContactId is null || seated.Contains(p.ContactId.Value)).Select(p => p.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        item.Recusals = names;
        var paragraph = await db.Paragraphs.FirstOrDefaultAsync(p => p.AgendaItemId == agendaItemId, ct);
        var draft = !await db.Minutes.AnyAsync(n => n.MeetingId == item.MeetingId && n.Status != MinutesStatus.Draft, ct);
        if (paragraph is not null && draft && paragraph.ImmediatelyAdjustedOn is null) paragraph.Recusals = [.. names];
        await db.SaveChangesAsync(ct);
        if (paragraph is not null && draft) await paragraphs.RecordAsync(item.MeetingId, $"§ {paragraph.Number}: deltar inte i beslutet: {(names.Count == 0 ? "ingen" : string.Join(", ", names))}", ct);
        return names;
    }

    /// <summary>The paragraph drafted from the agenda item, or null while none is.</summary>
    public async Task<BoardCaseParagraph?> ParagraphOfAsync(Guid agendaItemId, CancellationToken ct)
    {
        var paragraph = await db.Paragraphs.AsNoTracking().FirstOrDefaultAsync(p => p.AgendaItemId == agendaItemId, ct);
        if (paragraph is null) return null;
        var minutes = await db.Minutes.AsNoTracking().FirstOrDefaultAsync(n => n.MeetingId == paragraph.MeetingId, ct);
        var scope = $"§ {paragraph.Number}";
        var adjusters = await db.Adjusters.AsNoTracking().Where(a => a.MeetingId == paragraph.MeetingId && a.Scope == scope).Select(a => a.Name).ToListAsync(ct);
        var present = await db.Attendance.AsNoTracking().Where(a => a.MeetingId == paragraph.MeetingId && a.Present).OrderBy(a => a.Order).ToListAsync(ct);
        return new BoardCaseParagraph(paragraph.Id, paragraph.MeetingId, paragraph.Number, minutes is null or { Status: MinutesStatus.Draft }, paragraph.Recusals, minutes?.Chair, adjusters,
            [.. present.Where(a => !paragraph.Recusals.Contains(a.Name, StringComparer.OrdinalIgnoreCase)).Select(a => new BoardAttendee(a.Id, a.Name))]);
    }

    /// <summary>An adjuster, chosen among those present, for the agenda item's paragraph alone ("§ 73").</summary>
    public async Task<Outcome<string>> AddParagraphAdjusterAsync(Guid agendaItemId, string? attendanceId, CancellationToken ct)
    {
        if (await ParagraphOfAsync(agendaItemId, ct) is not { } paragraph) return Outcomes.Conflict("Protokollet har ingen paragraf för ärendet än. Starta protokollet från dagordningen först.");
        if (!string.IsNullOrWhiteSpace(attendanceId) && Guid.TryParse(attendanceId, out var id) && paragraph.Present.All(p => p.Id != id))
            return Outcomes.Invalid("attendanceId", "Välj någon som är närvarande och deltar i beslutet.");
        var added = await people.AddAdjusterAsync(paragraph.MeetingId, new AdjusterInput { AttendanceId = attendanceId, Scope = paragraph.Scope }, ct);
        return added.Value is { } adjuster ? Outcomes.Ok(adjuster.Name)
            : added.Errors is { } errors ? Outcomes.Invalid("attendanceId", errors.Values.SelectMany(e => e).First())
            : new Outcome<string>(added.Kind, null, null, added.Message);
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
