using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using Platform.Features.Board.Model;
using Platform.Features.Board.NoticeBoard;
using Platform.Features.Board.Settings;
using Platform.Infrastructure;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Board.Minuting;

/// <summary>
/// The minutes from draft to adjusted: the kansli writes them (paragraphs numbered per body and
/// year; the people in <see cref="MinutesPeople"/>, which also sends them for adjustment), every
/// adjuster approves signed in, and the last approval locks them. Nothing changes after that: a
/// correction is a paragraph in a later meeting's minutes.
/// </summary>
internal sealed class MinutesWorkflow(
    TenantDb db, TimeProvider clock, AssociationLetterhead letterhead, BoardSettingsStore settings, NoticeBoardPostings noticeBoard)
{
    public const string Locked = "Protokollet är justerat och låst. En rättelse görs som en ny paragraf i ett senare protokoll.";
    public const string InAdjustment = "Protokollet är skickat för justering. Ta tillbaka det till utkast för att ändra det.";

    /// <summary>The meeting's minutes, begun as a draft the first time they are asked for.</summary>
    internal async Task<(Meeting Meeting, Minutes Minutes)?> LoadAsync(Guid meetingId, CancellationToken ct)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == meetingId, ct);
        if (meeting is null) return null;
        var minutes = await db.Minutes.FirstOrDefaultAsync(m => m.MeetingId == meetingId, ct);
        if (minutes is null)
        {
            var profile = await letterhead.GetAsync(ct);
            minutes = new Minutes { MeetingId = meetingId, Status = MinutesStatus.Draft, KeptAt = profile.PostalAddress is { } address ? $"{profile.Name}, {address.Replace('\n', ' ')}" : profile.Name };
            db.Minutes.Add(minutes);
        }
        return (meeting, minutes);
    }

    internal static Failure? Editable(Minutes minutes) => minutes.Status switch
    {
        MinutesStatus.Adjusted => Outcomes.Conflict(Locked),
        MinutesStatus.InAdjustment => Outcomes.Conflict(InAdjustment),
        _ => null,
    };

    /// <summary>Saves and counts the change on the minutes, so that concurrent approvals are detected.</summary>
    internal async Task<Outcome<T>> SaveAsync<T>(Minutes minutes, T value, CancellationToken ct)
    {
        minutes.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
            return Outcomes.Ok(value);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Outcomes.Conflict("Protokollet ändrades samtidigt av någon annan. Ladda om och försök igen.");
        }
    }

    /// <summary>The number the next paragraph of the body gets in <paramref name="year"/>: one past the last used, or where the year's series starts.</summary>
    public async Task<int> NextNumberAsync(Guid bodyId, int year, CancellationToken ct)
    {
        var last = await db.Paragraphs.Where(p => p.BodyId == bodyId && p.Year == year).Select(p => (int?)p.Number).MaxAsync(ct);
        if (last is { } used) return used + 1;
        return await db.ParagraphSeries.Where(s => s.BodyId == bodyId && s.Year == year).Select(s => (int?)s.StartsAt).FirstOrDefaultAsync(ct) ?? 1;
    }

    public async Task<Outcome<Paragraph>> AddParagraphAsync(Guid meetingId, ParagraphInput input, CancellationToken ct)
    {
        if (await LoadAsync(meetingId, ct) is not var (meeting, minutes)) return Outcomes.NotFound(BoardTexts.NoMeeting);
        if (Editable(minutes) is { } refused) return refused;
        if (meeting.Status == MeetingStatus.Cancelled) return Outcomes.Conflict("Sammanträdet är inställt och får inget protokoll.");
        var year = SwedishTime.Local(meeting.StartsAt).Year;
        var paragraph = new Paragraph { Id = Guid.CreateVersion7(clock.GetUtcNow()), MeetingId = meetingId, BodyId = meeting.BodyId, Year = year, Title = "" };
        var number = input.Number ?? await NextNumberAsync(meeting.BodyId, year, ct);
        if (await ApplyAsync(paragraph, number, input, ct) is { } problem) return problem;
        db.Paragraphs.Add(paragraph);
        return await SaveNumberedAsync(minutes, paragraph, ct);
    }

    public async Task<Outcome<Paragraph>> UpdateParagraphAsync(Guid paragraphId, ParagraphInput input, CancellationToken ct)
    {
        var paragraph = await db.Paragraphs.FirstOrDefaultAsync(p => p.Id == paragraphId, ct);
        if (paragraph is null || await LoadAsync(paragraph.MeetingId, ct) is not var (_, minutes)) return Outcomes.NotFound(BoardTexts.NoParagraph);
        if (Editable(minutes) is { } refused) return refused;
        if (paragraph.ImmediatelyAdjustedOn is not null) return Outcomes.Conflict($"§ {paragraph.Number} är omedelbart justerad och kan inte ändras.");
        if (await ApplyAsync(paragraph, input.Number ?? paragraph.Number, input, ct) is { } problem) return problem;
        return await SaveNumberedAsync(minutes, paragraph, ct);
    }

    private async Task<Failure?> ApplyAsync(Paragraph paragraph, int number, ParagraphInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (number is < 1 or > 99_999) errors.Add("number", "Ange paragrafnumret som ett tal från 1 till 99 999.");
        var title = errors.Text("title", input.Title, "paragrafens rubrik", 500, required: true);
        var text = errors.Text("text", input.Text, "text", 20_000);
        var decision = errors.Text("decision", input.Decision, "beslut", 10_000);
        var proposals = errors.Text("proposals", input.Proposals, "förslag", 4000);
        var voting = errors.Text("voting", input.Voting, "omröstning", 4000);
        var recusals = errors.Lines("recusals", input.Recusals, "jäv");
        var reservations = errors.Lines("reservations", input.Reservations, "reservationer");
        if (errors.Any) return Outcomes.Invalid(errors);
        if (number != paragraph.Number && await db.Paragraphs.AnyAsync(p => p.BodyId == paragraph.BodyId && p.Year == paragraph.Year && p.Number == number && p.Id != paragraph.Id, ct))
            return Outcomes.Conflict($"§ {number} är redan använd {paragraph.Year}. Välj ett annat nummer eller lämna fältet tomt för nästa lediga.");

        paragraph.Number = number;
        paragraph.Title = title!;
        paragraph.Text = text;
        paragraph.Decision = decision;
        paragraph.Proposals = proposals;
        paragraph.Voting = voting;
        paragraph.Recusals = recusals;
        paragraph.Reservations = reservations;
        paragraph.NotForPublication = input.NotForPublication;
        return null;
    }

    /// <summary>Two people numbering at once: the unique index is the judge, and the loser gets a 409.</summary>
    private async Task<Outcome<Paragraph>> SaveNumberedAsync(Minutes minutes, Paragraph paragraph, CancellationToken ct)
    {
        try
        {
            return await SaveAsync(minutes, paragraph, ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Outcomes.Conflict($"§ {paragraph.Number} är redan använd {paragraph.Year}. Ladda om och försök igen.");
        }
    }

    /// <summary>Omedelbar justering: the paragraph was adjusted at the meeting, is locked, and may be posted before the rest.</summary>
    public async Task<Outcome<Paragraph>> AdjustImmediatelyAsync(Guid paragraphId, CancellationToken ct)
    {
        var paragraph = await db.Paragraphs.FirstOrDefaultAsync(p => p.Id == paragraphId, ct);
        if (paragraph is null || await LoadAsync(paragraph.MeetingId, ct) is not var (meeting, minutes)) return Outcomes.NotFound(BoardTexts.NoParagraph);
        if (minutes.Status == MinutesStatus.Adjusted) return Outcomes.Conflict(Locked);
        if (paragraph.ImmediatelyAdjustedOn is not null) return Outcomes.Conflict($"§ {paragraph.Number} är redan omedelbart justerad.");
        var meetingDay = SwedishTime.DateOf(meeting.StartsAt);
        if (SwedishTime.Today(clock) < meetingDay) return Outcomes.Conflict("Sammanträdet har inte hållits än.");
        paragraph.ImmediatelyAdjustedOn = meetingDay;
        return await SaveAsync(minutes, paragraph, ct);
    }

    /// <summary>Back to draft (an adjuster asked for a change): every approval so far is void.</summary>
    public async Task<Outcome<Minutes>> ReturnToDraftAsync(Guid meetingId, CancellationToken ct)
    {
        if (await LoadAsync(meetingId, ct) is not var (_, minutes)) return Outcomes.NotFound(BoardTexts.NoMeeting);
        if (minutes.Status == MinutesStatus.Adjusted) return Outcomes.Conflict(Locked);
        if (minutes.Status == MinutesStatus.Draft) return Outcomes.Conflict("Protokollet är redan ett utkast.");
        minutes.Status = MinutesStatus.Draft;
        minutes.SentForAdjustmentAt = null;
        await db.Adjusters.Where(a => a.MeetingId == meetingId).ForEachAsync(a => a.ApprovedAt = null, ct);
        return await SaveAsync(minutes, minutes, ct);
    }

    /// <summary>
    /// The signed-in adjuster approves. Only someone listed as adjuster (by the email they sign in
    /// with) may; the last approval adjusts and locks the minutes.
    /// </summary>
    public async Task<Outcome<Minutes>> ApproveAsync(Guid meetingId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await LoadAsync(meetingId, ct) is not var (_, minutes)) return Outcomes.NotFound(BoardTexts.NoMeeting);
        var email = user.FindFirstValue(OpenIddictConstants.Claims.Email)?.ToLowerInvariant();
        var adjusters = await db.Adjusters.Where(a => a.MeetingId == meetingId).ToListAsync(ct);
        var me = adjusters.FirstOrDefault(a => email is not null && a.Email == email);
        if (me is null) return Outcomes.Forbidden("Bara protokollets justerare kan justera det.");
        if (minutes.Status == MinutesStatus.Adjusted) return Outcomes.Conflict("Protokollet är redan justerat.");
        if (minutes.Status == MinutesStatus.Draft) return Outcomes.Conflict("Protokollet är inte skickat för justering än.");
        if (me.ApprovedAt is not null) return Outcomes.Conflict("Du har redan justerat protokollet.");

        var now = clock.GetUtcNow().UtcDateTime;
        me.ApprovedAt = now;
        if (adjusters.All(a => a.ApprovedAt is not null))
        {
            minutes.Status = MinutesStatus.Adjusted;
            minutes.AdjustedAt = now;
            minutes.AdjustedOn = SwedishTime.Today(clock);
        }
        var saved = await SaveAsync(minutes, minutes, ct);
        // Posted the moment the minutes are adjusted, unless the association posts by hand. Should it
        // fail, the morning's deadline job posts (or warns) in time.
        if (saved.Succeeded && minutes.Status == MinutesStatus.Adjusted && (await settings.GetAsync(ct)).PostingMode == PostingMode.Automatic)
            await noticeBoard.PostAsync(meetingId, immediateOnly: false, NoticeBoardPostings.Automatic, ct);
        return saved;
    }
}
