using Microsoft.EntityFrameworkCore;
using Platform.Features.Board;
using Platform.Features.Board.Meetings;
using Platform.Features.Board.Model;
using Platform.Features.LegalDates;
using Platform.Features.Members;
using Platform.Infrastructure.Documents;
using Platform.Persistence;

namespace Platform.Infrastructure.Demo;

/// <summary>
/// Board work for the demo associations: the four seed papers as they happened (Insjöriket's board
/// 2021-06-18 § 1100–1111, Sundsvall's extra meeting 2024-05-07 § 70–74, Roslagen's medlemssamråd
/// 2020-11-12 and the MIA steering group 2020-05-12), and for every association an upcoming board
/// meeting with agenda and papers and a recently posted notice, so every notice board shows one.
/// Written straight to the database: the historical dates lie outside what the workflow allows today.
/// </summary>
internal sealed class DemoBoardSeeder(TenantDb db, IDocumentStore store, TimeProvider clock)
{
    public async Task SeedAsync(DemoAssociations.DemoAssociation association, CancellationToken ct)
    {
        if (await db.Bodies.AnyAsync(ct)) return;
        var board = AddBody(BodyKind.Board, "Styrelsen");
        var members = await db.Members.AsNoTracking().ToListAsync(ct);
        var chair = AddContact("Ordförande " + association.Name.Split(' ').Last(), members.FirstOrDefault(m => m.Kind == MemberKind.Municipality)?.Name, $"ordforande@{association.Slug}.example");
        AddSeat(board, chair, SeatKind.Member, SeatPosition.Chair, members.FirstOrDefault(m => m.Kind == MemberKind.Municipality)?.Id);
        var board2 = AddContact("Ledamot Demo", "Försäkringskassan", $"ledamot@{association.Slug}.example");
        AddSeat(board, board2, SeatKind.Member, SeatPosition.ViceChair, members.FirstOrDefault(m => m.Kind == MemberKind.Government)?.Id);
        var substitute = AddContact("Ersättare Demo", "Arbetsförmedlingen", $"ersattare@{association.Slug}.example");
        AddSeat(board, substitute, SeatKind.Substitute, SeatPosition.None, members.FirstOrDefault(m => m.Kind == MemberKind.EmploymentService)?.Id, substituteOrder: 1);

        switch (association.Slug)
        {
            case "insjoriket": Insjoriket(board); break;
            case "sundsvall": Sundsvall(board); break;
            case "roslagen": Roslagen(); break;
        }
        History(association, board);
        await RecentNoticeAsync(association, board, ct);
        await UpcomingAsync(association, board, ct);
        await db.SaveChangesAsync(ct);
    }

    private Guid NewId() => Guid.CreateVersion7(clock.GetUtcNow());

    private T Add<T>(T entity) where T : class
    {
        db.Add(entity);
        return entity;
    }

    /// <summary>A body with the standard agenda, as the office gets one.</summary>
    private Body AddBody(BodyKind kind, string name)
    {
        var body = Add(new Body { Id = NewId(), Kind = kind, Name = name });
        db.AgendaTemplateItems.AddRange(StandardAgenda.For(body.Id, NewId));
        return body;
    }

    private Contact AddContact(string name, string? organisation, string? email = null) =>
        Add(new Contact { Id = NewId(), Name = name, Organisation = organisation, Email = email });

    private void AddSeat(Body body, Contact contact, SeatKind kind, SeatPosition position, Guid? memberId, int? substituteOrder = null) =>
        Add(new Seat { Id = NewId(), BodyId = body.Id, ContactId = contact.Id, Kind = kind, Position = position, MemberId = memberId, From = new DateOnly(2023, 1, 1), To = null, SubstituteOrder = substituteOrder });

    private Meeting AddMeeting(Body body, DateOnly date, int from, int to, string? place, MeetingKind kind = MeetingKind.Ordinary, MeetingStatus status = MeetingStatus.Held) =>
        Add(new Meeting
        {
            Id = NewId(),
            BodyId = body.Id,
            Kind = kind,
            Status = status,
            Place = place,
            StartsAt = SwedishTime.ToUtc(date, new TimeOnly(from, 0)),
            EndsAt = SwedishTime.ToUtc(date, new TimeOnly(to, 0)),
            VideoLink = place is null ? "https://teams.microsoft.com/l/meetup-join/demo" : null,
        });

    private Minutes AddMinutes(Meeting meeting, string chair, string secretary, string keptAt, DateOnly? adjustedOn) =>
        Add(new Minutes
        {
            MeetingId = meeting.Id,
            Chair = chair,
            Secretary = secretary,
            KeptAt = keptAt,
            Status = adjustedOn is null ? MinutesStatus.Draft : MinutesStatus.Adjusted,
            AdjustedOn = adjustedOn,
            AdjustedAt = adjustedOn is { } on ? SwedishTime.ToUtc(on, new TimeOnly(10, 0)) : null,
            SentForAdjustmentAt = adjustedOn is { } sent ? SwedishTime.ToUtc(sent.AddDays(-2), new TimeOnly(9, 0)) : null,
        });

    private void Attend(Meeting meeting, AttendanceRole role, params string[] lines)
    {
        var order = db.ChangeTracker.Entries<Attendance>().Count(e => e.Entity.MeetingId == meeting.Id);
        foreach (var line in lines)
        {
            var absent = line.StartsWith('!');
            var parts = line.TrimStart('!').Split('|');
            Add(new Attendance
            {
                Id = NewId(),
                MeetingId = meeting.Id,
                Order = ++order,
                Role = role,
                Present = !absent,
                Name = parts[0],
                Organisation = parts.ElementAtOrDefault(1) is { Length: > 0 } org ? org : null,
                Note = parts.ElementAtOrDefault(2) is { Length: > 0 } note ? note : null,
            });
        }
    }

    private void Adjusters(Meeting meeting, DateOnly? approvedOn, params (string Name, string Email, string? Scope)[] adjusters)
    {
        var order = 0;
        foreach (var (name, email, scope) in adjusters)
            Add(new Adjuster { Id = NewId(), MeetingId = meeting.Id, Order = ++order, Name = name, Email = email, Scope = scope, ApprovedAt = approvedOn is { } on ? SwedishTime.ToUtc(on, new TimeOnly(9, order)) : null });
    }

    private void Paragraphs(Meeting meeting, Body body, int first, params (string Title, string? Text, string? Decision, string[]? Recusals)[] paragraphs)
    {
        var year = SwedishTime.Local(meeting.StartsAt).Year;
        var number = first;
        foreach (var (title, text, decision, recusals) in paragraphs)
            Add(new Paragraph { Id = NewId(), MeetingId = meeting.Id, BodyId = body.Id, Year = year, Number = number++, Title = title, Text = text, Decision = decision, Recusals = [.. recusals ?? []] });
    }

    private void Post(Meeting meeting, Body body, string range, DateOnly adjustedOn, DateOnly postedOn, string keptAt, bool takenDown)
    {
        var earliest = NoticeBoardDates.EarliestTakedown(postedOn);
        Add(new Posting
        {
            Id = NewId(),
            MeetingId = meeting.Id,
            BodyName = body.Name,
            MeetingDate = SwedishTime.DateOf(meeting.StartsAt),
            Paragraphs = range,
            AdjustedOn = adjustedOn,
            PostedOn = postedOn,
            PostingDeadline = NoticeBoardDates.PostingDeadline(adjustedOn),
            LastAppealDay = NoticeBoardDates.LastAppealDay(postedOn),
            EarliestTakedown = earliest,
            Late = postedOn > NoticeBoardDates.PostingDeadline(adjustedOn),
            KeptAt = keptAt,
            PostedAt = SwedishTime.ToUtc(postedOn, new TimeOnly(8, 0)),
            PostedBy = "kansliet",
            TakenDownOn = takenDown ? earliest : null,
            TakenDownBy = takenDown ? "kansliet" : null,
        });
    }

    private async Task PaperAsync(Meeting meeting, AgendaItem? item, string fileName, string title, string[] lines, bool isPublic, CancellationToken ct)
    {
        var bytes = SimplePdf.Render(title, lines);
        var stored = await store.SaveAsync(new MemoryStream(bytes), "application/pdf", ct);
        Add(new Paper { Id = NewId(), MeetingId = meeting.Id, AgendaItemId = item?.Id, FileName = fileName, ContentType = stored.ContentType, Length = stored.Length, StorageKey = stored.Key, IsPublic = isPublic, UploadedAt = clock.GetUtcNow().UtcDateTime });
    }

    /// <summary>seeds/003: Insjöriket's board, 2021-06-18, § 1100–1111.</summary>
    private void Insjoriket(Body board)
    {
        Add(new ParagraphSeries { BodyId = board.Id, Year = 2021, StartsAt = 1100 });
        var meeting = AddMeeting(board, new DateOnly(2021, 6, 18), 9, 12, "Brogatan 16, Mölndal");
        AddMinutes(meeting, "Anita Almqvist (L), Mölndal Stad", "Melina Myrbäck", "Samordningsförbundet Insjöriket, Brogatan 16, Mölndal", new DateOnly(2021, 6, 28));
        Attend(meeting, AttendanceRole.Member, "Anita Almqvist (L)|Mölndal Stad|ordförande", "Sofia Sandängers|Försäkringskassan|vice ordförande", "Eva Hallberg|Arbetsförmedlingen", "Kent Lagrell (M)|Västra Götalandsregionen",
            "!Daniel Filipsson", "!Fredrik Skoglund", "!Anette Ryberg");
        Attend(meeting, AttendanceRole.Substitute, "Tomas Angervik (S)||medverkar från § 1108", "Maria Kornevik Jakobsson (C)||medverkar första timmen", "Christian Eberstein (KD)|Lerums kommun|medverkar från § 1103", "Anna Strand (C)|Partille kommun");
        Attend(meeting, AttendanceRole.Other, "Annika Ruys-Hagberg||förbundschef", "Melina Myrbäck||biträdande förbundschef", "Martin Jonasson|Nationella rådet|§ 1105", "Elisabeth Rahmberg||sakkunnig till regionens ledamöter");
        Adjusters(meeting, new DateOnly(2021, 6, 28), ("Sofia Sandängers", "sofia.sandangers@insjoriket.example", null), ("Anita Almqvist", "anita.almqvist@insjoriket.example", null));
        Paragraphs(meeting, board, 1100,
            ("Sammanträdet öppnas", null, null, null),
            ("Val av justerare", "Förslag att Anita Almqvist och Sofia Sandängers utses till justerare.", "Att Anita Almqvist och Sofia Sandängers utses till justerare.", null),
            ("Fastställande av dagordning", "Förslag från förbundschefen att starta med § 1108, som är en informationspunkt, eftersom en ledamot blir 20 minuter sen.", "Att starta med punkten § 1108.", null),
            ("Europeiska socialfonden – kommande utlysning", "Frågan är om förbundet kan skriva en avsiktsförklaring om att vara med i den fortsatta diskussionen om ett gemensamt ESF-projekt. AF och FK anser att förbundet nu bör fokusera på basverksamheten.", "En enig styrelse säger nej till en avsiktsförklaring om medverkan i ESF-projekt.", null),
            ("Beslut uppdatering av arkivplan och dokumenthanteringsplan", "Stadsarkivet i Mölndal har tagit fram nya instruktioner och förenklade mallar för dokumenthanteringsplanen.", "Att anta arkiv- och dokumenthanteringsplanen.", null),
            ("Nationella rådets dragning om rådets roll, riktning och möjligheter att stötta samordningsförbund", "Martin Jonasson, ordförande i Nationella rådet, deltar utifrån att Alingsås och Härryda väljer att lämna förbundet.", null, null),
            ("Kommunikationsstrategi, avsiktsförklaring och initiativ till ägarsamråd", "En avsiktsförklaring är framtagen för att klargöra medlemskapet i förbundet.", "Att fastställa avsiktsförklaringen samt bjuda in till medlemssamråd under hösten 2021.", null),
            ("Aktuella läget utvärdering Inspektionen för socialförsäkringen", "Inflödet av deltagare tar slut den sista juni 2021. Troligtvis uppnår man ca 550 deltagare till studien.", null, null),
            ("Samordnarnas rapporter och ekonomisk uppföljning; implementering av ESF-projektet Respondere", "Av de 59 deltagare som avslutats har 27 avslutats till fortsatt rehabilitering, 14 har börjat arbeta eller studera.", null, null),
            ("Informationspunkt förbundschef", "Förbundschefsnätverkets skrivelse till Arbetsförmedlingen; ansvarsfrihet Mölndals stad och Partille kommun; projektet Kraftverket.", null, null),
            ("Övriga frågor", "Medelstilldelning 2022; Alingsås kommuns medlemskap; eventuell uppsägning av lokalerna på Brogatan.", "Kansliet får i uppdrag att undersöka möjligheten att söka andra lokaler och i så fall säga upp lokalerna på Brogatan.", null),
            ("Sammanträdet avslutas", "Höstens styrelsemöten: 2021-09-17 kl. 13–16 och 2021-11-25 kl. 13–16.", null, null));
        Post(meeting, board, "§ 1100–1111", new DateOnly(2021, 6, 28), new DateOnly(2021, 6, 29), "Samordningsförbundet Insjöriket, Brogatan 16, Mölndal", takenDown: true);
    }

    /// <summary>seeds/004: Sundsvall's extra board meeting, 2024-05-07, § 70–74, with a recusal.</summary>
    private void Sundsvall(Body board)
    {
        var meeting = AddMeeting(board, new DateOnly(2024, 5, 7), 13, 14, null, MeetingKind.Extra);
        const string keptAt = "Samordningsförbundet i Sundsvall, Kommunhuset rum 612";
        AddMinutes(meeting, "Jonas Väst", "Jan Andersson", keptAt, new DateOnly(2024, 5, 16));
        Attend(meeting, AttendanceRole.Member, "Jonas Väst|Sundsvalls kommun", "Christina Nordenö|Region Västernorrland", "Peter Pettersson|Arbetsförmedlingen", "Lina Kempe|Försäkringskassan");
        Attend(meeting, AttendanceRole.Other, "Jan Andersson||förbundschef/sekreterare");
        Adjusters(meeting, new DateOnly(2024, 5, 16), ("Peter Pettersson", "peter.pettersson@sundsvall.example", null), ("Christina Nordenö", "christina.nordeno@sundsvall.example", "§ 73"));
        Add(new ParagraphSeries { BodyId = board.Id, Year = 2024, StartsAt = 70 });
        Paragraphs(meeting, board, 70,
            ("Sammanträdet öppnas", "Ordförande förklarar mötet öppnat.", null, null),
            ("Fastställande av dagordning", null, "Styrelsen beslutade\n\nAtt fastställa upprättat förslag till dagordning.", null),
            ("Val av justerare", null, "Styrelsen beslutade\n\nAtt utse Peter Pettersson att jämte ordförande justera dagens protokoll och utse Christina Nordenö att justera § 73.", null),
            ("Reviderad ansökan om en arbetskonsulent till Arbetsmarknadstorget", "(Bilaga 1)\n\nAnsökan avser utökande av en arbetskonsulent för att möta upp fler deltagare som inte uppbär ekonomiskt bistånd men som ändå är i behov av arbetslivsinriktad rehabilitering som kan ges på Arbetsmarknadstorget under 2024 och 2025.\n\nAnsökan avser finansiering av personalkostnader, lokalkostnad samt data/IT till en kostnad av 247 500 kr 2024 och 726 000 kr för 2025.",
                "Styrelsen beslutade\n\nAtt bevilja medel med 247 500 kr till arbetskonsulent för 2024 och 726 000 kr för 2025 under förutsättning att förbundet får bidrag från huvudmännen för 2025 enligt förslaget som nu ligger.\n\nAtt betala ut hälften av de beviljade medlen för 2024 i samband med att avtal tecknats och resterande del efter att redovisning inkommit för 2024 och godkänts av styrelsen.\n\nAtt liknande rutin för utbetalning av medel gäller för 2025 som för 2024.",
                ["Jonas Väst"]),
            ("Sammanträdet avslutas", "Ordförande Jonas Väst förklarar sammanträdet avslutat och önskar alla en trevlig dag och en fin kristihimmelsfärdsdag.", null, null));
        Post(meeting, board, "§ 70–74", new DateOnly(2024, 5, 16), new DateOnly(2024, 5, 17), keptAt, takenDown: true);
    }

    /// <summary>seeds/000 and 002: Roslagen's members' council 2020-11-12 and the MIA steering group 2020-05-12 (notes, not adjusted).</summary>
    private void Roslagen()
    {
        var council = AddBody(BodyKind.MembersCouncil, "Medlemssamrådet");
        var meeting = AddMeeting(council, new DateOnly(2020, 11, 12), 9, 11, null);
        AddMinutes(meeting, "Lotta Lindblad Söderman", "Sophia Dahlgren", "Samordningsförbundet Roslagen", null);
        Attend(meeting, AttendanceRole.Member, "Lotta Lindblad Söderman||samordningsförbundets ordförande", "Eva Strand||vice ordförande", "Erik Andersson|Täby kommun|kommunstyrelsens ordförande",
            "Parisa Liljestrand|Vallentuna kommun|kommunstyrelsens ordförande", "Malin Forsbrand|Vaxholms stad|kommunstyrelsens ordförande", "Hanna Bocander|Danderyds kommun|kommunstyrelsens ordförande",
            "Amer Baalbaki|Arbetsförmedlingen Stockholm|samverkanssamordnare", "Johanna Odelmark|Försäkringskassan Stockholms län nord|områdesansvarig");
        Attend(meeting, AttendanceRole.Other, "Sophia Dahlgren||förbundschef och sammankallande", "Agneta Franzen|Vaxholms stad", "Claes Lagergren|Täby kommun", "Katarina Kampe|Täby kommun");
        Paragraphs(meeting, council, 1,
            ("Inledning av mötet", "Ordförande hälsar alla välkomna. Som medlemmar har ni möjlighet att ge input till styrelsen avseende förbundets verksamhet.", null, null),
            ("Bakgrund och re-cap av samordningsförbundet", "Rehabiliteringsansvaret för medborgare utanför arbetsmarknaden är uppdelat på flera sektorer; ca 5 % behöver samordnad rehabilitering.", null, null),
            ("Vad får medlemmarna för medlemsavgiften?", "Medlemmarna finansierar förbundet med 6 mkr i medlemsavgift, varav 50 % statliga, 25 % region och 25 % kommuner. Prognos 2020: 9 mkr i verksamhetskostnader; budget 2021 ca 11 mkr.", null, null),
            ("Förbundets flaggskepp MIA-projektet", "Utvärdering maj 2017–maj 2022: 155 avslutade deltagare i Roslagen, varav 20 % till arbete/studier, 38 % till ordinarie arbetsförberedande insatser och 42 % till annat.", null, null),
            ("Input från medlemmarna", "Kartlägga gränssnitten mellan förbundets och medlemmarnas verksamhet; kort årlig rapport till varje medlem; arbeta med de unga.", null, null));

        var steering = AddBody(BodyKind.SteeringGroup, "MIA Roslagens lokala styrgrupp");
        var mia = AddMeeting(steering, new DateOnly(2020, 5, 12), 13, 15, null);
        AddMinutes(mia, "Sophia Dahlgren", "Sophia Dahlgren", "Samordningsförbundet Roslagen", null);
        Attend(mia, AttendanceRole.Member, "Lena Åkerstedt Aleksic|Försäkringskassan", "Christer Rindensbacher|Arbetsförmedlingen", "Sanna Tinglöf|EC LSS/SoL, KSON", "Heidi Ekström|Vallentuna kommun",
            "Yvonne Aili|Österåkers kommun", "Petra Ståhlgren|Danderyds kommun", "Marie Söderman|Täby kommun", "Lorentz Ogebjär|Vaxholms stad", "!Silvija Mujakovic|Norrtälje kommun");
        Attend(mia, AttendanceRole.Other, "Sophia Dahlgren||förbundschef", "!Cecilia Sjömark||delprojektledare MIA");
        Paragraphs(mia, steering, 1,
            ("Lägesrapport", "Verksamheten är igång, men anpassad. Inremitteringsmöten sker över telefon och enstaka möten fysiskt.", null, null),
            ("Arbetsintegrerande sociala företag (ASF)", "Projektet har budget för rullande 28 platser à 6 månader, totalt 120 av de planerade 330 deltagarna.", null, null),
            ("Ekonomi", "Delprojekt Roslagen: ca 17,6 mkr. Projektbudget juni 2020–dec 2022 (tkr): projektledning 2 200, team 4 500, vägledare 1 500, kursledare 550, arbetscoacher 3 400, arbetsträningsplatser 4 500; totalt 16 650.", null, null),
            ("Projektmål", "20 % avslut till arbete (24 personer) och studier (6 personer); målet är 30 %.", null, null));
    }

    /// <summary>
    /// Last year's and this year's earlier board meetings, adjusted and posted, their notices taken
    /// down: what the network's statistics compare. Each association keeps its own pace (from its place
    /// in the list), so some adjust later than 14 days and some post late.
    /// </summary>
    private void History(DemoAssociations.DemoAssociation association, Body board)
    {
        var index = DemoAssociations.All.ToList().IndexOf(association);
        var today = SwedishTime.Today(clock);
        var chair = "Ordförande " + association.Name.Split(' ').Last();
        var keptAt = $"{association.Name}, kansliet";
        var k = 0;
        foreach (var (year, months) in new[] { (today.Year - 1, new[] { 2, 4, 6, 9, 11, 12 }), (today.Year, new[] { 2, 4, 6, 9 }) })
        {
            foreach (var month in months)
            {
                var date = SwedishHolidays.ThisOrNextWeekday(new DateOnly(year, month, 8 + index % 5));
                k++;
                if (date >= today.AddDays(-21)) continue;
                var adjusted = SwedishHolidays.ThisOrNextWeekday(date.AddDays(4 + (index * 3 + k * 5) % 13));
                var deadline = NoticeBoardDates.PostingDeadline(adjusted);
                var posted = (index * 7 + k * 3) % 10 == 0 ? SwedishHolidays.ThisOrNextWeekday(deadline.AddDays(2 + index % 3)) : SwedishHolidays.ThisOrNextWeekday(adjusted.AddDays(1));
                var meeting = AddMeeting(board, date, 13, 16, "Kansliet, sammanträdesrummet");
                AddMinutes(meeting, chair, "Förbundschefen", keptAt, adjusted);
                Adjusters(meeting, adjusted, (chair, $"ordforande@{association.Slug}.example", null), ("Ledamot Demo", $"ledamot@{association.Slug}.example", null));
                var first = NextNumber(board, year);
                Paragraphs(meeting, board, first,
                    ("Sammanträdet öppnas", null, null, null),
                    ("Ekonomisk uppföljning", "Utfall mot budget.", "Styrelsen beslutade att lägga uppföljningen till handlingarna.", null),
                    ("Sammanträdet avslutas", null, null, null));
                Post(meeting, board, BoardLabels.ParagraphRange(Enumerable.Range(first, 3)), adjusted, posted, keptAt, takenDown: true);
            }
        }
    }

    /// <summary>A board meeting two weeks ago, adjusted a week later and posted the next day: up on the notice board now.</summary>
    private async Task RecentNoticeAsync(DemoAssociations.DemoAssociation association, Body board, CancellationToken ct)
    {
        var today = SwedishTime.Today(clock);
        var date = SwedishHolidays.ThisOrNextWeekday(today.AddDays(-14));
        var adjusted = SwedishHolidays.ThisOrNextWeekday(date.AddDays(5));
        var posted = adjusted.AddDays(1) > today ? today : adjusted.AddDays(1);
        var meeting = AddMeeting(board, date, 13, 16, "Kansliet, sammanträdesrummet");
        var keptAt = $"{association.Name}, kansliet";
        AddMinutes(meeting, "Ordförande " + association.Name.Split(' ').Last(), "Förbundschefen", keptAt, adjusted);
        Attend(meeting, AttendanceRole.Member, "Ordförande " + association.Name.Split(' ').Last(), "Ledamot Demo|Försäkringskassan");
        Adjusters(meeting, adjusted, ("Ordförande " + association.Name.Split(' ').Last(), $"ordforande@{association.Slug}.example", null), ("Ledamot Demo", $"ledamot@{association.Slug}.example", null));
        var first = NextNumber(board, date.Year);
        Paragraphs(meeting, board, first,
            ("Sammanträdet öppnas", null, null, null),
            ("Val av justerare", null, "Styrelsen beslutade att utse ledamoten att jämte ordförande justera dagens protokoll.", null),
            ("Verksamhetsplan och budget för nästa år", "Förbundschefen presenterar förslaget till verksamhetsplan och budget.", "Styrelsen beslutade att fastställa verksamhetsplan och budget enligt förslaget.", null),
            ("Sammanträdet avslutas", null, null, null));
        Post(meeting, board, BoardLabels.ParagraphRange(Enumerable.Range(first, 4)), adjusted, posted, keptAt, takenDown: false);
        await PaperAsync(meeting, null, "Verksamhetsplan och budget.pdf", "Verksamhetsplan och budget", ["Förslag till verksamhetsplan och budget, fastställd av styrelsen.", $"{association.Name}"], isPublic: true, ct);
    }

    /// <summary>
    /// The body's next § number in the year, as the workflow would give it. The seeder runs only on
    /// an empty board, so everything it numbers is still in the change tracker, not in the database.
    /// </summary>
    private int NextNumber(Body body, int year) =>
        db.ChangeTracker.Entries<Paragraph>().Where(e => e.Entity.BodyId == body.Id && e.Entity.Year == year).Select(e => (int?)e.Entity.Number).Max() + 1
        ?? db.ChangeTracker.Entries<ParagraphSeries>().Where(e => e.Entity.BodyId == body.Id && e.Entity.Year == year).Select(e => (int?)e.Entity.StartsAt).FirstOrDefault()
        ?? 1;

    /// <summary>
    /// The next board meeting, in five days, with its agenda and papers. Planned and not yet called:
    /// its notice is due (seven days ahead by default), so the notice job sends the kallelse within a
    /// minute of a fresh start.
    /// </summary>
    private async Task UpcomingAsync(DemoAssociations.DemoAssociation association, Body board, CancellationToken ct)
    {
        var date = SwedishHolidays.ThisOrNextWeekday(SwedishTime.Today(clock).AddDays(5));
        var meeting = AddMeeting(board, date, 13, 16, "Kansliet, sammanträdesrummet", status: MeetingStatus.Planned);
        string[] titles = ["Sammanträdet öppnas", "Val av justerare", "Fastställande av dagordning", "Ekonomisk uppföljning", "Ansökan om medel: gemensamt arbetslag", "Informationspunkt förbundschef", "Sammanträdet avslutas"];
        var items = titles.Select((title, i) => Add(new AgendaItem { Id = NewId(), MeetingId = meeting.Id, Order = i + 1, Title = title })).ToList();
        items[3].Description = "Utfall mot budget till och med förra månaden.";
        items[3].ProposedDecision = "Att lägga den ekonomiska uppföljningen till handlingarna.";
        items[4].Description = "Ansökan från två medlemsparter om ett gemensamt arbetslag för unga vuxna.";
        items[4].ProposedDecision = "Att bevilja medel enligt ansökan, hälften vid avtal och resten efter godkänd redovisning.";
        await PaperAsync(meeting, items[3], "Ekonomisk uppföljning.pdf", "Ekonomisk uppföljning", [association.Name, "Utfall mot budget: intäkter och kostnader per insats."], isPublic: false, ct);
        await PaperAsync(meeting, items[4], "Ansökan om medel.pdf", "Ansökan om medel", [association.Name, "Ansökan från två medlemsparter. Budget per år och kostnadsslag: lön, lokaler, IT, övrigt."], isPublic: false, ct);
    }
}
