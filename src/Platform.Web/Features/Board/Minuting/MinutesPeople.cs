using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using Platform.Features.Board.Model;
using Platform.Features.Members;
using Platform.Features.People;
using Platform.Infrastructure;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Board.Minuting;

/// <summary>
/// The people of the minutes, each entered once: attendance is taken from the body's seats on the
/// meeting day and from the register; chair, secretary and adjusters are chosen among those present
/// (the minutes keep the names they print). Sending for adjustment invites an adjuster without an
/// account straight to the minutes, and an adjuster may send the minutes back with a comment.
/// </summary>
internal sealed class MinutesPeople(
    TenantDb db, CatalogDb catalog, MinutesWorkflow workflow, TimeProvider clock, EmailOutbox outbox, TenantContext tenant,
    IOptions<PlatformOptions> platform, Invitations invitations, PlatformUserManager users, AuditLog audit, IHttpContextAccessor http)
{
    private const string ChoosePresent = "Välj bland de närvarande i närvarolistan.";

    private Task<List<Attendance>> LinesAsync(Guid meetingId, CancellationToken ct) =>
        db.Attendance.Where(a => a.MeetingId == meetingId).OrderBy(a => a.Order).ToListAsync(ct);

    private async Task<string> SubjectAsync(Meeting meeting, CancellationToken ct)
    {
        var body = await db.Bodies.AsNoTracking().Where(b => b.Id == meeting.BodyId).Select(b => b.Name).SingleAsync(ct);
        return $"{body} {SwedishTime.Local(meeting.StartsAt):yyyy-MM-dd}";
    }

    /// <summary>Saves, and on success records the change in the audit log.</summary>
    private async Task<Outcome<T>> SaveAsync<T>(Meeting meeting, Minutes minutes, T value, string detail, CancellationToken ct)
    {
        var saved = await workflow.SaveAsync(minutes, value, ct);
        if (saved.Succeeded) await audit.RecordAsync(AuditEvents.MinutesChanged, await SubjectAsync(meeting, ct), detail, ct);
        return saved;
    }

    /// <summary>
    /// Someone present, by their line's id (the pages) or by name (the API of before). Before any
    /// attendance is taken, a name is accepted as it is: a client that keeps no attendance list
    /// still names a chair.
    /// </summary>
    private static string? Present(FieldErrors errors, string field, string? id, string? name, List<Attendance> lines, string label, out Attendance? line)
    {
        line = null;
        if (!string.IsNullOrWhiteSpace(id))
        {
            line = Guid.TryParse(id, out var lineId) ? lines.FirstOrDefault(l => l.Id == lineId) : null;
            if (line is null) errors.Add(field, $"Välj {label} i listan.");
            else if (!line.Present) errors.Add(field, $"{line.Name} är inte närvarande. {ChoosePresent}");
            return line?.Name;
        }
        var text = errors.Text(field, name, label, 200);
        if (text is null || lines.Count == 0) return text;
        line = lines.FirstOrDefault(l => l.Present && string.Equals(l.Name, text, StringComparison.OrdinalIgnoreCase));
        if (line is null) errors.Add(field, $"{text} är inte närvarande. {ChoosePresent}");
        return line?.Name ?? text;
    }

    public async Task<Outcome<Minutes>> SaveDetailsAsync(Guid meetingId, MinutesInput input, CancellationToken ct)
    {
        if (await workflow.LoadAsync(meetingId, ct) is not var (meeting, minutes)) return Outcomes.NotFound(BoardTexts.NoMeeting);
        if (MinutesWorkflow.Editable(minutes) is { } refused) return refused;
        var lines = await LinesAsync(meetingId, ct);
        var errors = new FieldErrors();
        var chair = Present(errors, "chair", input.ChairId, input.Chair, lines, "ordförande", out _);
        var secretary = Present(errors, "secretary", input.SecretaryId, input.Secretary, lines, "sekreterare", out _);
        var keptAt = errors.Text("keptAt", input.KeptAt, "var protokollet förvaras", 400, required: true);
        if (errors.Any) return Outcomes.Invalid(errors);
        minutes.Chair = chair;
        minutes.Secretary = secretary;
        minutes.KeptAt = keptAt;
        return await SaveAsync(meeting, minutes, minutes, $"Ordförande: {chair ?? "–"}, sekreterare: {secretary ?? "–"}", ct);
    }

    /// <summary>
    /// The body's seats on the meeting day, ordinarie ledamöter first (marked present) and then the
    /// ersättare in the order they are called (marked absent): the kansli then marks who was away and
    /// who served. Seats already on the list are left as they are, so it can be run again after a
    /// change in the register.
    /// </summary>
    public async Task<Outcome<int>> TakeFromSeatsAsync(Guid meetingId, CancellationToken ct)
    {
        if (await workflow.LoadAsync(meetingId, ct) is not var (meeting, minutes)) return Outcomes.NotFound(BoardTexts.NoMeeting);
        if (MinutesWorkflow.Editable(minutes) is { } refused) return refused;
        var day = SwedishTime.DateOf(meeting.StartsAt);
        var memberSet = db.Members.AsNoTracking();
        var seats = await (from s in db.Seats.AsNoTracking()
                           join c in db.Contacts.AsNoTracking() on s.ContactId equals c.Id
                           from m in memberSet.Where(m => m.Id == s.MemberId).DefaultIfEmpty()
                           where s.BodyId == meeting.BodyId && s.From <= day && (s.To == null || s.To >= day)
                           select new { Seat = s, Contact = c, Member = m == null ? null : m.Name }).ToListAsync(ct);
        if (seats.Count == 0) return Outcomes.Conflict("Organet har inga ledamöter eller ersättare på sammanträdesdagen. Lägg in dem under Organ och personer.");

        var lines = await LinesAsync(meetingId, ct);
        var order = lines.Select(l => l.Order).DefaultIfEmpty(0).Max();
        var added = 0;
        foreach (var row in seats.OrderBy(r => r.Seat.Kind).ThenBy(r => r.Seat.Position == SeatPosition.None).ThenBy(r => r.Seat.Position).ThenBy(r => r.Seat.SubstituteOrder ?? int.MaxValue).ThenBy(r => r.Contact.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), false)))
        {
            if (lines.Any(l => l.SeatId == row.Seat.Id || l.ContactId == row.Contact.Id)) continue;
            var line = new Attendance
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()),
                MeetingId = meetingId,
                Order = ++order,
                Name = row.Contact.Name,
                ContactId = row.Contact.Id,
                SeatId = row.Seat.Id,
                Organisation = Organisation(row.Member ?? row.Contact.Organisation, row.Contact.Title),
                Role = row.Seat.Kind == SeatKind.Member ? AttendanceRole.Member : AttendanceRole.Substitute,
                Present = row.Seat.Kind == SeatKind.Member,
            };
            db.Attendance.Add(line);
            lines.Add(line);
            added++;
        }
        return await SaveAsync(meeting, minutes, added, $"Närvaron hämtad från organets ledamöter ({added} nya rader)", ct);
    }

    private static string? Organisation(string? organisation, string? title) =>
        (organisation, title) switch
        {
            (null, null) => null,
            ({ } o, null) => o,
            (null, { } t) => t,
            ({ } o, { } t) => $"{o} {t}",
        };

    /// <summary>Present or absent for every line at once, and for a present substitute the absent member they served for, and from which paragraph.</summary>
    public async Task<Outcome<int>> MarkAttendanceAsync(Guid meetingId, AttendanceMarksInput input, CancellationToken ct)
    {
        if (await workflow.LoadAsync(meetingId, ct) is not var (meeting, minutes)) return Outcomes.NotFound(BoardTexts.NoMeeting);
        if (MinutesWorkflow.Editable(minutes) is { } refused) return refused;
        var lines = await LinesAsync(meetingId, ct);
        var marks = input.Lines ?? [];
        var errors = new FieldErrors();
        foreach (var mark in marks)
            if (lines.All(l => l.Id != mark.Id)) return Outcomes.NotFound(BoardTexts.NoAttendance);
        // Absences first: whom a substitute may serve for depends on who is away.
        var present = lines.ToDictionary(l => l.Id, l => marks.FirstOrDefault(m => m.Id == l.Id)?.Present ?? l.Present);
        var servedFor = new HashSet<Guid>();
        for (var i = 0; i < marks.Count; i++)
        {
            var mark = marks[i];
            var line = lines.Single(l => l.Id == mark.Id);
            var field = $"lines[{i}]";
            Attendance? member = null;
            if (!string.IsNullOrWhiteSpace(mark.ServingForId))
            {
                member = Guid.TryParse(mark.ServingForId, out var memberId) ? lines.FirstOrDefault(l => l.Id == memberId) : null;
                if (member is null || member.Role != AttendanceRole.Member) errors.Add($"{field}.servingForId", "Välj en ordinarie ledamot i listan.");
                else if (line.Role != AttendanceRole.Substitute || !mark.Present) errors.Add($"{field}.servingForId", $"Bara en närvarande ersättare kan tjänstgöra för någon; markera {line.Name} som närvarande.");
                else if (present[member.Id] && mark.FromParagraph is null) errors.Add($"{field}.servingForId", $"{member.Name} är markerad som närvarande. Markera ledamoten som frånvarande, eller ange från vilken paragraf ersättaren tjänstgjorde.");
                else if (!servedFor.Add(member.Id)) errors.Add($"{field}.servingForId", $"En annan ersättare tjänstgör redan för {member.Name}.");
            }
            if (mark.FromParagraph is { } from && (from < 1 || from > 99_999)) errors.Add($"{field}.fromParagraph", "Ange paragrafen som ett tal från 1 till 99 999.");
            if (mark.FromParagraph is not null && member is null) errors.Add($"{field}.fromParagraph", "Ange från vilken paragraf bara för en ersättare som tjänstgör för någon.");
            if (errors.Any) continue;
            line.Present = mark.Present;
            line.ServingForId = member?.Id;
            line.ServingFor = member?.Name;
            line.ServingFromParagraph = member is null ? null : mark.FromParagraph;
        }
        if (errors.Any) return Outcomes.Invalid(errors);
        var absent = lines.Where(l => !l.Present).Select(l => l.Name).ToList();
        var serving = lines.Where(l => l.ServingFor is not null).Select(l => $"{l.Name} för {l.ServingFor}").ToList();
        return await SaveAsync(meeting, minutes, marks.Count,
            $"Närvaro: {lines.Count(l => l.Present)} närvarande, frånvarande: {(absent.Count == 0 ? "ingen" : string.Join(", ", absent))}{(serving.Count == 0 ? "" : $"; tjänstgör: {string.Join(", ", serving)}")}", ct);
    }

    /// <summary>A guest or staff member chosen from the register, or (a fallback) someone not in it, by name.</summary>
    public async Task<Outcome<Attendance>> AddAttendanceAsync(Guid meetingId, AttendanceInput input, CancellationToken ct)
    {
        if (await workflow.LoadAsync(meetingId, ct) is not var (meeting, minutes)) return Outcomes.NotFound(BoardTexts.NoMeeting);
        if (MinutesWorkflow.Editable(minutes) is { } refused) return refused;
        var errors = new FieldErrors();
        var contactId = errors.Id("contactId", input.ContactId, "person", required: false);
        var contact = contactId is { } c ? await db.Contacts.AsNoTracking().FirstOrDefaultAsync(x => x.Id == c, ct) : null;
        if (contactId is not null && contact is null) errors.Add("contactId", "Personen finns inte i förbundets personregister.");
        var name = contact?.Name ?? errors.Text("name", input.Name, "namn", 200, required: contactId is null);
        if (contactId is null && name is null) errors.Add("contactId", "Välj en person i registret, eller skriv namnet på någon som inte finns där.");
        var organisation = contact is not null && string.IsNullOrWhiteSpace(input.Organisation) ? Organisation(contact.Organisation, contact.Title) : errors.Text("organisation", input.Organisation, "organisation", 200);
        var role = string.IsNullOrWhiteSpace(input.Role) ? AttendanceRole.Other : errors.Enum("role", input.Role, BoardLabels.AttendanceRoles);
        var servingFor = errors.Text("servingFor", input.ServingFor, "vem ersättaren tjänstgjorde för", 200);
        if (servingFor is not null && (role != AttendanceRole.Substitute || !input.Present)) errors.Add("servingFor", "Bara en närvarande ersättare kan tjänstgöra för någon.");
        var note = errors.Text("note", input.Note, "anteckning", 400);
        if (contact is not null && await db.Attendance.AnyAsync(a => a.MeetingId == meetingId && a.ContactId == contact.Id, ct)) errors.Add("contactId", $"{contact.Name} finns redan i närvarolistan.");
        if (errors.Any) return Outcomes.Invalid(errors);

        var order = await db.Attendance.Where(a => a.MeetingId == meetingId).Select(a => (int?)a.Order).MaxAsync(ct) ?? 0;
        var line = new Attendance
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            MeetingId = meetingId,
            Order = order + 1,
            Name = name!,
            ContactId = contact?.Id,
            Organisation = organisation,
            Role = role,
            Present = input.Present,
            ServingFor = servingFor,
            Note = note,
        };
        db.Attendance.Add(line);
        return await SaveAsync(meeting, minutes, line, $"Närvarolistan: {line.Name} tillagd", ct);
    }

    public async Task<Outcome<Attendance>> RemoveAttendanceAsync(Guid attendanceId, CancellationToken ct)
    {
        var line = await db.Attendance.FirstOrDefaultAsync(a => a.Id == attendanceId, ct);
        if (line is null || await workflow.LoadAsync(line.MeetingId, ct) is not var (meeting, minutes)) return Outcomes.NotFound(BoardTexts.NoAttendance);
        if (MinutesWorkflow.Editable(minutes) is { } refused) return refused;
        // A substitute who served for this member no longer does (the database leaves this to the code).
        await db.Attendance.Where(a => a.ServingForId == line.Id).ForEachAsync(a => { a.ServingForId = null; a.ServingFor = null; a.ServingFromParagraph = null; }, ct);
        db.Attendance.Remove(line);
        return await SaveAsync(meeting, minutes, line, $"Närvarolistan: {line.Name} borttagen", ct);
    }

    public async Task<Outcome<Adjuster>> AddAdjusterAsync(Guid meetingId, AdjusterInput input, CancellationToken ct)
    {
        if (await workflow.LoadAsync(meetingId, ct) is not var (meeting, minutes)) return Outcomes.NotFound(BoardTexts.NoMeeting);
        if (MinutesWorkflow.Editable(minutes) is { } refused) return refused;
        var lines = await LinesAsync(meetingId, ct);
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(input.AttendanceId) && string.IsNullOrWhiteSpace(input.Name)) errors.Add("attendanceId", "Välj justeraren bland de närvarande.");
        Attendance? line = null;
        var name = errors.Any ? null : Present(errors, "attendanceId", input.AttendanceId, input.Name, lines, "justeraren", out line);
        var contact = line?.ContactId is { } contactId ? await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contactId, ct) : null;
        string? email = null;
        if (contact is not null)
        {
            email = contact.Email?.ToLowerInvariant();
            if (email is null) errors.Add("attendanceId", $"{contact.Name} har ingen e-postadress i personregistret och kan inte justera förrän den är inlagd (under Organ och personer).");
        }
        else if (name is not null)
        {
            // Someone present who is not in the register (or no attendance taken): the address is given here.
            email = errors.Email("email", input.Email);
            if (email is null && !errors.Any) errors.Add("attendanceId", $"{name} finns inte i personregistret. Lägg in personen med e-postadress under Organ och personer, och lägg till personen i närvarolistan därifrån.");
        }
        var scope = errors.Text("scope", input.Scope, "vilka paragrafer justeraren justerar", 100);
        if (email is not null && await db.Adjusters.AnyAsync(a => a.MeetingId == meetingId && a.Email == email, ct)) errors.Add("attendanceId", "Personen är redan justerare för protokollet.");
        if (errors.Any) return Outcomes.Invalid(errors);

        var order = await db.Adjusters.Where(a => a.MeetingId == meetingId).Select(a => (int?)a.Order).MaxAsync(ct) ?? 0;
        var adjuster = new Adjuster { Id = Guid.CreateVersion7(clock.GetUtcNow()), MeetingId = meetingId, Order = order + 1, Name = name!, Email = email!, ContactId = contact?.Id, Scope = scope };
        db.Adjusters.Add(adjuster);
        return await SaveAsync(meeting, minutes, adjuster, $"Justerare: {adjuster.Name} utsedd", ct);
    }

    public async Task<Outcome<Adjuster>> RemoveAdjusterAsync(Guid adjusterId, CancellationToken ct)
    {
        var adjuster = await db.Adjusters.FirstOrDefaultAsync(a => a.Id == adjusterId, ct);
        if (adjuster is null || await workflow.LoadAsync(adjuster.MeetingId, ct) is not var (meeting, minutes)) return Outcomes.NotFound(BoardTexts.NoAdjuster);
        if (MinutesWorkflow.Editable(minutes) is { } refused) return refused;
        db.Adjusters.Remove(adjuster);
        return await SaveAsync(meeting, minutes, adjuster, $"Justerare: {adjuster.Name} borttagen", ct);
    }

    /// <summary>
    /// Sends the minutes to the adjusters. An adjuster with no account in the association gets an
    /// invitation (role board) in the same email, whose link sets a password and lands on the minutes:
    /// invited now, not when chosen, so that the seven days the link lasts are the days of adjustment.
    /// </summary>
    public async Task<Outcome<Minutes>> SendForAdjustmentAsync(Guid meetingId, CancellationToken ct)
    {
        if (await workflow.LoadAsync(meetingId, ct) is not var (meeting, minutes)) return Outcomes.NotFound(BoardTexts.NoMeeting);
        if (MinutesWorkflow.Editable(minutes) is { } refused) return refused;
        var adjusters = await db.Adjusters.Where(a => a.MeetingId == meetingId).OrderBy(a => a.Order).ToListAsync(ct);
        var problems = new List<string>();
        if (meeting.Status == MeetingStatus.Cancelled) problems.Add("sammanträdet är inställt");
        if (SwedishTime.Today(clock) < SwedishTime.DateOf(meeting.StartsAt)) problems.Add("sammanträdet har inte hållits än");
        if (!await db.Paragraphs.AnyAsync(p => p.MeetingId == meetingId, ct)) problems.Add("protokollet har inga paragrafer");
        if (adjusters.Count == 0) problems.Add("protokollet har ingen justerare");
        if (minutes.Chair is null) problems.Add("ordförande saknas");
        if (minutes.Secretary is null) problems.Add("sekreterare saknas");
        if (problems.Count > 0) return Outcomes.Conflict($"Protokollet kan inte skickas för justering: {string.Join(", ", problems)}.");

        // The register is where an address is corrected: an adjuster chosen from it gets today's.
        var contactIds = adjusters.Where(a => a.ContactId is not null).Select(a => a.ContactId!.Value).ToList();
        var addresses = await db.Contacts.AsNoTracking().Where(c => contactIds.Contains(c.Id) && c.Email != null).ToDictionaryAsync(c => c.Id, c => c.Email!.ToLowerInvariant(), ct);
        foreach (var adjuster in adjusters)
            if (adjuster.ContactId is { } id && addresses.TryGetValue(id, out var address) && adjusters.All(a => a.Email != address)) adjuster.Email = address;

        var now = clock.GetUtcNow();
        minutes.Status = MinutesStatus.InAdjustment;
        minutes.SentForAdjustmentAt = now.UtcDateTime;
        meeting.Status = MeetingStatus.Held;
        var body = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == meeting.BodyId, ct);
        foreach (var adjuster in adjusters) await NotifyAsync(meeting, body, adjuster, now, ct);
        return await SaveAsync(meeting, minutes, minutes, $"Skickat för justering till {string.Join(", ", adjusters.Select(a => a.Name))}", ct);
    }

    /// <summary>
    /// The adjustment email to one adjuster: "log in" for someone with a role in the association;
    /// for anyone else an invitation (role board) whose link sets a password and lands on the minutes.
    /// </summary>
    private async Task NotifyAsync(Meeting meeting, Body body, Adjuster adjuster, DateTimeOffset now, CancellationToken ct)
    {
        var association = tenant.Current;
        var path = $"/moten/{meeting.Id}";
        var user = await users.FindByEmailAsync(adjuster.Email);
        var member = user is not null && await catalog.MembershipAsync(user.Id, association.Id, ct) is not null;
        var subject = $"Protokoll att justera: {body.Name} {SwedishTime.Local(meeting.StartsAt):yyyy-MM-dd}";
        var intro = $"Du är justerare{(adjuster.Scope is { } scope ? $" ({scope})" : "")} av protokollet från {body.Name.ToLowerInvariant()}s sammanträde {BoardLabels.When(meeting)}.";
        if (member)
        {
            await outbox.QueueAsync(new EmailMessage(
                $"adjust:{meeting.Id:N}:{adjuster.Id:N}:{now.ToUnixTimeMilliseconds()}",
                [new EmailRecipient(adjuster.Email, adjuster.Name)],
                new EmailContent(subject, "Protokoll att justera",
                    [intro, "Logga in, läs protokollet och godkänn det. Protokollet är justerat när alla justerare har godkänt."],
                    Link: new EmailLink("Läs och justera protokollet", platform.Value.AssociationUrl(association.Slug, path)))), ct);
            return;
        }
        var sender = http.HttpContext?.User.ActorName() ?? association.Name;
        var (invitation, link) = await invitations.CreateAsync(association, adjuster.Email, Roles.Board, sender, path, ct);
        await outbox.QueueAsync(new EmailMessage(
            $"{OutboxMessage.SecretPrefix}adjust:{meeting.Id:N}:{adjuster.Id:N}:{now.ToUnixTimeMilliseconds()}",
            [new EmailRecipient(adjuster.Email, adjuster.Name)],
            new EmailContent(subject, "Protokoll att justera",
                [
                    intro,
                    user is null
                        ? $"Du har inget konto i {association.Name} än. Skapa ditt konto med länken: du väljer ett lösenord och kommer direkt till protokollet, där du läser och godkänner det."
                        : $"Ditt konto på Samordningsplattformen har ingen behörighet i {association.Name} än. Ta emot inbjudan med ditt lösenord, så kommer du direkt till protokollet.",
                    $"Länken gäller till och med {SwedishTime.Format(invitation.ExpiresAt)} och kan användas en gång. Därefter loggar du in som vanligt.",
                ],
                Link: new EmailLink(user is null ? "Skapa ditt konto och justera" : "Ta emot inbjudan och justera", link))), ct);
    }

    /// <summary>The adjustment email again to one adjuster of minutes in adjustment: a new invitation when the first was lost or ran out.</summary>
    public async Task<Outcome<Adjuster>> RemindAdjusterAsync(Guid adjusterId, CancellationToken ct)
    {
        var adjuster = await db.Adjusters.FirstOrDefaultAsync(a => a.Id == adjusterId, ct);
        if (adjuster is null || await workflow.LoadAsync(adjuster.MeetingId, ct) is not var (meeting, minutes)) return Outcomes.NotFound(BoardTexts.NoAdjuster);
        if (minutes.Status != MinutesStatus.InAdjustment) return Outcomes.Conflict("Protokollet är inte skickat för justering.");
        if (adjuster.ApprovedAt is not null) return Outcomes.Conflict($"{adjuster.Name} har redan justerat protokollet.");
        var body = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == meeting.BodyId, ct);
        await NotifyAsync(meeting, body, adjuster, clock.GetUtcNow(), ct);
        return await SaveAsync(meeting, minutes, adjuster, $"Justering: e-post till {adjuster.Name} igen", ct);
    }

    /// <summary>
    /// An adjuster sends the minutes back to the kansli with a comment: they return to draft (every
    /// approval void, as when the kansli takes them back), the comment is kept on the minutes and
    /// emailed to the association's administrators, who write the minutes.
    /// </summary>
    public async Task<Outcome<Minutes>> SendBackAsync(Guid meetingId, SendBackInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await workflow.LoadAsync(meetingId, ct) is not var (meeting, minutes)) return Outcomes.NotFound(BoardTexts.NoMeeting);
        var email = user.FindFirstValue(OpenIddictConstants.Claims.Email)?.ToLowerInvariant();
        var adjusters = await db.Adjusters.Where(a => a.MeetingId == meetingId).ToListAsync(ct);
        var me = adjusters.FirstOrDefault(a => email is not null && a.Email == email);
        if (me is null) return Outcomes.Forbidden("Bara protokollets justerare kan skicka tillbaka det.");
        if (minutes.Status != MinutesStatus.InAdjustment) return Outcomes.Conflict(minutes.Status == MinutesStatus.Adjusted ? MinutesWorkflow.Locked : "Protokollet är inte skickat för justering.");
        var errors = new FieldErrors();
        var comment = errors.Text("comment", input.Comment, "vad som behöver ändras", 2000, required: true);
        if (errors.Any) return Outcomes.Invalid(errors);

        var now = clock.GetUtcNow();
        minutes.Status = MinutesStatus.Draft;
        minutes.SentForAdjustmentAt = null;
        minutes.SentBackAt = now.UtcDateTime;
        minutes.SentBackBy = me.Name;
        minutes.SentBackComment = comment;
        foreach (var adjuster in adjusters) adjuster.ApprovedAt = null;

        var association = tenant.Current;
        var admins = await catalog.Memberships.AsNoTracking()
            .Where(m => m.TenantId == association.Id.Value && m.Role == Roles.Admin)
            .Select(m => new { m.User!.Email, m.User.DisplayName }).ToListAsync(ct);
        var subject = await SubjectAsync(meeting, ct);
        if (admins.Count > 0)
        {
            await outbox.QueueAsync(new EmailMessage(
                $"sent-back:{meetingId:N}:{now.ToUnixTimeMilliseconds()}",
                [.. admins.Select(a => new EmailRecipient(a.Email!, a.DisplayName))],
                new EmailContent(
                    $"Protokollet skickades tillbaka: {subject}",
                    "Protokollet skickades tillbaka",
                    [$"{me.Name} skickade tillbaka protokollet från sammanträdet {BoardLabels.When(meeting)} med den här kommentaren:", comment!, "Protokollet är ett utkast igen. Ändra det och skicka det för justering på nytt; alla justerare godkänner då det på nytt."],
                    Link: new EmailLink("Öppna protokollet", platform.Value.AssociationUrl(association.Slug, $"/moten/{meetingId}")))), ct);
        }
        var saved = await workflow.SaveAsync(minutes, minutes, ct);
        if (saved.Succeeded) await audit.RecordAsync(AuditEvents.MinutesChanged, subject, $"Skickat tillbaka av {me.Name}: {FirstWords(comment!)}", ct);
        return saved;
    }

    private static string FirstWords(string text)
    {
        var words = text.Split((char[]?)null, 13, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 12 ? string.Join(' ', words[..12]) + " …" : string.Join(' ', words);
    }
}
