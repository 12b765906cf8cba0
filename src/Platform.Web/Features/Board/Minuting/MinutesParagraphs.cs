using Microsoft.EntityFrameworkCore;
using Platform.Features.Board.Model;
using Platform.Infrastructure;
using Platform.Infrastructure.Identity;
using Platform.Persistence;

namespace Platform.Features.Board.Minuting;

/// <summary>
/// The paragraphs while the minutes are a draft: added, changed, deleted, or started from the
/// agenda in one go; and their numbers when the meeting moves to another year. § numbers run per
/// body and calendar year, and the unique index is the judge: never two paragraphs with one number.
/// Every change is written to the audit log after it is saved.
/// </summary>
internal sealed class MinutesParagraphs(TenantDb db, TimeProvider clock, MinutesWorkflow workflow, AuditLog audit)
{
    public async Task<Outcome<Paragraph>> AddAsync(Guid meetingId, ParagraphInput input, CancellationToken ct)
    {
        var added = await workflow.AddParagraphAsync(meetingId, input, ct);
        if (added.Value is { } paragraph) await RecordAsync(paragraph.MeetingId, $"§ {paragraph.Number} «{paragraph.Title}» tillagd", ct);
        return added;
    }

    public async Task<Outcome<Paragraph>> UpdateAsync(Guid paragraphId, ParagraphInput input, CancellationToken ct)
    {
        var updated = await workflow.UpdateParagraphAsync(paragraphId, input, ct);
        if (updated.Value is { } paragraph) await RecordAsync(paragraph.MeetingId, $"§ {paragraph.Number} «{paragraph.Title}» ändrad", ct);
        return updated;
    }

    /// <summary>Deletes a paragraph of a draft. One adjusted at the meeting (omedelbar justering) stays. The numbers of the rest stay as they are.</summary>
    public async Task<Outcome<Paragraph>> DeleteAsync(Guid paragraphId, CancellationToken ct)
    {
        var paragraph = await db.Paragraphs.FirstOrDefaultAsync(p => p.Id == paragraphId, ct);
        if (paragraph is null || await workflow.LoadAsync(paragraph.MeetingId, ct) is not var (_, minutes)) return Outcomes.NotFound(BoardTexts.NoParagraph);
        if (MinutesWorkflow.Editable(minutes) is { } refused) return refused;
        if (paragraph.ImmediatelyAdjustedOn is not null) return Outcomes.Conflict($"§ {paragraph.Number} är omedelbart justerad och kan inte tas bort.");
        db.Paragraphs.Remove(paragraph);
        var saved = await SaveAsync(minutes, paragraph, ct);
        if (saved.Succeeded) await RecordAsync(paragraph.MeetingId, $"§ {paragraph.Number} «{paragraph.Title}» borttagen", ct);
        return saved;
    }

    /// <summary>
    /// One paragraph per agenda item, in the agenda's order, numbered on from the body's next number:
    /// the item's title, its description as the text, its proposed decision as the decision. Only for
    /// minutes without paragraphs, so nothing is numbered twice.
    /// </summary>
    public async Task<Outcome<List<Paragraph>>> StartFromAgendaAsync(Guid meetingId, CancellationToken ct)
    {
        if (await workflow.LoadAsync(meetingId, ct) is not var (meeting, minutes)) return Outcomes.NotFound(BoardTexts.NoMeeting);
        if (MinutesWorkflow.Editable(minutes) is { } refused) return refused;
        if (meeting.Status == MeetingStatus.Cancelled) return Outcomes.Conflict("Sammanträdet är inställt och får inget protokoll.");
        if (await db.Paragraphs.AnyAsync(p => p.MeetingId == meetingId, ct))
            return Outcomes.Conflict("Protokollet har redan paragrafer. Lägg till fler en i taget.");
        var agenda = await db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == meetingId).OrderBy(i => i.Order).ToListAsync(ct);
        if (agenda.Count == 0) return Outcomes.Conflict("Dagordningen är tom. Lägg till ärenden först, eller skriv paragraferna en i taget.");

        var body = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == meeting.BodyId, ct);
        var year = SwedishTime.Local(meeting.StartsAt).Year;
        var number = await workflow.NextNumberAsync(meeting.BodyId, year, ct);
        var paragraphs = agenda.Select(item => new Paragraph
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            MeetingId = meetingId,
            BodyId = meeting.BodyId,
            Year = year,
            Number = number++,
            AgendaItemId = item.Id,
            Title = item.Title,
            Text = item.Description,
            Decision = DecisionFrom(body, item.ProposedDecision),
            Recusals = [.. item.Recusals],
        }).ToList();
        db.Paragraphs.AddRange(paragraphs);
        var saved = await SaveAsync(minutes, paragraphs, ct);
        if (saved.Succeeded) await RecordAsync(meetingId, $"{BoardLabels.ParagraphRange(paragraphs.Select(p => p.Number))} från dagordningen", ct);
        return saved;
    }

    /// <summary>"Att fastställa …" proposed becomes "Styrelsen beslutade att fastställa …" in the draft; anything else as written.</summary>
    internal static string? DecisionFrom(Body body, string? proposal) =>
        proposal is { Length: > 4 } p && p.StartsWith("Att ", StringComparison.OrdinalIgnoreCase)
            ? $"{BoardLabels.Decided(body)} att {p[4..]}"
            : proposal;

    /// <summary>
    /// Why the meeting cannot move to <paramref name="year"/>, or null: its paragraphs are numbered in
    /// another year's series, and they are published, adjusted or on their way to be. Draft paragraphs
    /// are renumbered instead (<see cref="RenumberIntoYearAsync"/>).
    /// </summary>
    public async Task<string?> YearChangeRefusalAsync(Guid meetingId, int year, CancellationToken ct)
    {
        var paragraphs = await db.Paragraphs.AsNoTracking().Where(p => p.MeetingId == meetingId && p.Year != year).ToListAsync(ct);
        if (paragraphs.Count == 0) return null;
        var series = paragraphs[0].Year;
        var range = BoardLabels.ParagraphRange(paragraphs.Select(p => p.Number));
        var status = await db.Minutes.AsNoTracking().Where(m => m.MeetingId == meetingId).Select(m => (MinutesStatus?)m.Status).FirstOrDefaultAsync(ct);
        var why = await db.Postings.AnyAsync(p => p.MeetingId == meetingId, ct) ? $"{range} är anslagna på anslagstavlan med {series} års nummer"
            : status == MinutesStatus.Adjusted ? $"protokollet med {range} är justerat i {series} års nummerserie"
            : status == MinutesStatus.InAdjustment ? $"protokollet med {range} är skickat för justering i {series} års nummerserie"
            : paragraphs.Where(p => p.ImmediatelyAdjustedOn is not null).Select(p => p.Number).ToList() is { Count: > 0 } immediate
                ? $"{BoardLabels.ParagraphRange(immediate)} är omedelbart justerad i {series} års nummerserie"
            : null;
        return why is null ? null : $"Datumet kan inte flyttas till {year}: {why}. Välj ett datum under {series}.";
    }

    /// <summary>
    /// The meeting's paragraphs into <paramref name="year"/>'s series, in their present order, numbered
    /// on from the body's next number there. Saved with the meeting; returns what changed, or null.
    /// </summary>
    public async Task<string?> RenumberIntoYearAsync(Meeting meeting, int year, CancellationToken ct)
    {
        var paragraphs = await db.Paragraphs.Where(p => p.MeetingId == meeting.Id && p.Year != year).OrderBy(p => p.Year).ThenBy(p => p.Number).ToListAsync(ct);
        if (paragraphs.Count == 0) return null;
        var before = $"{BoardLabels.ParagraphRange(paragraphs.Select(p => p.Number))} ({paragraphs[0].Year})";
        var number = await workflow.NextNumberAsync(meeting.BodyId, year, ct);
        foreach (var paragraph in paragraphs)
        {
            paragraph.Year = year;
            paragraph.Number = number++;
        }
        if (await db.Minutes.FirstOrDefaultAsync(m => m.MeetingId == meeting.Id, ct) is { } minutes) minutes.Version++;
        return $"{before} numrerade om till {BoardLabels.ParagraphRange(paragraphs.Select(p => p.Number))} ({year})";
    }

    /// <summary>Records a change of the meeting's minutes after it was saved.</summary>
    public async Task RecordAsync(Guid meetingId, string detail, CancellationToken ct)
    {
        var subject = await (from m in db.Meetings.AsNoTracking()
                             join b in db.Bodies.AsNoTracking() on m.BodyId equals b.Id
                             where m.Id == meetingId
                             select new { b.Name, m.StartsAt }).SingleAsync(ct);
        await audit.RecordAsync(AuditEvents.MinutesChanged, $"{subject.Name} {SwedishTime.Local(subject.StartsAt):yyyy-MM-dd}: protokoll", detail, ct);
    }

    /// <summary>The workflow's save (the minutes' version guards concurrent changes), and the unique index guards the numbers.</summary>
    private async Task<Outcome<T>> SaveAsync<T>(Minutes minutes, T value, CancellationToken ct)
    {
        try
        {
            return await workflow.SaveAsync(minutes, value, ct);
        }
        catch (DbUpdateException)
        {
            // Two people numbering at once: the unique index on body, year and number decided.
            db.ChangeTracker.Clear();
            return Outcomes.Conflict("Någon annan lade till paragrafer samtidigt, så numren hann tas. Ladda om och försök igen.");
        }
    }
}
