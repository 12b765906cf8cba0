using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Features.Board.Model;
using Platform.Features.Grants.Model;
using Platform.Features.Interventions.Model;
using Platform.Features.Members;
using Platform.Infrastructure.Documents;
using Platform.Infrastructure.Identity;
using Platform.Persistence;

namespace Platform.Infrastructure.Demo;

/// <summary>
/// Funding applications of the demo associations (issue 22, item 8). Sundsvall's application for a job
/// consultant (seeds/004) from the form to today: submitted, a supplement asked for and the revised
/// application (reviderad ansökan), the preparatory group's recommendation, Jonas Väst's conflict of
/// interest, § 73 of 2024-05-07 granting 247 500 kr for 2024 and 726 000 kr for 2025, the agreement, the
/// payments and the reports, linked both ways to the intervention the grant pays for. The paper gives the
/// decision and the form; the dates between them, the supplement's wording, the payments' days and the
/// reports' figures are illustrative (fixed dates: the story is history). Roslagen has one application in
/// each open state (utkast, inskickad, under beredning, komplettering begärd, till styrelsen), dated from
/// today. Written straight to the database, as the other demo seeders do; runs after the board and
/// intervention seeders, once per association (nothing is added while the association has any application).
/// </summary>
internal sealed class DemoGrantSeeder(TenantDb db, IDocumentStore store, TimeProvider clock)
{
    /// <summary>The link of Roslagen's draft: <c>/ansok/{key}</c> continues it (the demo's only, written in the README).</summary>
    public const string RoslagenDraftKey = "demo-roslagen-utkast-AAAAAAAAAAAAAAAAAAAAAA";
    /// <summary>The link of Roslagen's application sent back for a supplement.</summary>
    public const string RoslagenSupplementKey = "demo-roslagen-komplettering-AAAAAAAAAAAAAAA";

    public const string Applicant = "Sökande";

    private string _office = "";
    private Dictionary<string, (Guid Id, string? OrganisationNumber)> _members = [];
    private Dictionary<string, Guid> _costTypes = [];
    private List<Guid> _costTypeOrder = [];
    private Dictionary<string, Guid> _sections = [];
    private int _sequence;

    public async Task SeedAsync(DemoAssociations.DemoAssociation association, CancellationToken ct)
    {
        if (association.Slug is not ("sundsvall" or "roslagen")) return;
        if (await db.FundingApplications.AnyAsync(ct)) return;
        _office = $"admin@{association.Slug}.example";
        _members = await db.Members.AsNoTracking().ToDictionaryAsync(m => m.Name, m => (m.Id, m.OrganisationNumber), ct);
        var costTypes = await db.CostTypes.AsNoTracking().OrderBy(c => c.Order).ToListAsync(ct);
        _costTypes = costTypes.ToDictionary(c => c.Name, c => c.Id);
        _costTypeOrder = [.. costTypes.Select(c => c.Id)];
        _sections = await db.TemplateSections.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Id, ct);

        if (association.Slug == "sundsvall") await SundsvallAsync(ct);
        else await RoslagenAsync(ct);
        await db.SaveChangesAsync(ct);
    }

    // ---------------------------------------------------------------- Sundsvall (seeds/004)

    private async Task SundsvallAsync(CancellationToken ct)
    {
        var office = _office;
        var meetingDay = new DateOnly(2024, 5, 7);
        DateTime dayStart = SwedishTime.ToUtc(meetingDay, TimeOnly.MinValue), dayEnd = SwedishTime.ToUtc(meetingDay.AddDays(1), TimeOnly.MinValue);
        var meeting = await db.Meetings.Where(m => m.StartsAt >= dayStart && m.StartsAt < dayEnd).OrderBy(m => m.StartsAt).FirstOrDefaultAsync(ct);
        var paragraphs = meeting is null ? [] : await db.Paragraphs.Where(p => p.MeetingId == meeting.Id).OrderBy(p => p.Number).ToListAsync(ct);
        var decision = paragraphs.FirstOrDefault(p => p.Number == 73);

        var a = AddApplication(1, ApplicationState.Granted, DemoSundsvallApplication.Title, DemoSundsvallApplication.Summary(revised: true),
            new DateOnly(2024, 9, 1), new DateOnly(2025, 12, 31), "Sundsvalls kommun", DemoSundsvallApplication.Organisation, DemoSundsvallApplication.Unit,
            DemoSundsvallApplication.Signatory, DemoSundsvallApplication.Street, DemoSundsvallApplication.PostalCode, DemoSundsvallApplication.City,
            DemoSundsvallApplication.ContactName, DemoSundsvallApplication.ContactPhone, DemoSundsvallApplication.ContactEmail, DemoSundsvallApplication.Bankgiro,
            createdAt: At(2024, 3, 18, 10));
        a.ApplicantOrganisationNumber = DemoSundsvallApplication.OrganisationNumber;
        var order = 0;
        foreach (var (member, unit, signatory, contact, phone, email) in DemoSundsvallApplication.Parties)
            Party(a, ++order, member, unit, signatory, contact, phone, email);
        Answers(a, DemoSundsvallApplication.Sections(revised: true));
        order = 0;
        foreach (var (goal, indicator) in DemoSundsvallApplication.Goals) Goal(a, ++order, goal, indicator);
        foreach (var (costType, y2024, y2025) in DemoSundsvallApplication.Budget) Budget(a, costType, null, (2024, y2024), (2025, y2025));

        // From the form to the board (illustrative dates; the minutes call what the board read "Reviderad ansökan").
        Event(a, At(2024, 3, 18, 10), Applicant, "Utkast påbörjat. En länk för att fortsätta skickades till sökandens e-postadress.", ApplicationState.Draft);
        var first = await VersionAsync(a, 1, At(2024, 3, 25, 14), DemoSundsvallApplication.Summary(revised: false), DemoSundsvallApplication.Sections(revised: false), ct);
        Event(a, first.SubmittedAt, Applicant, "Ansökan inskickad (version 1). Kvittot med ansökan som PDF skickades till sökanden.", ApplicationState.Submitted);
        Event(a, At(2024, 4, 2, 9), office, "Under beredning: beredningsgruppen läser ansökan.", ApplicationState.InPreparation);
        Recommend(a, At(2024, 4, 9, 15), RecommendationKind.AskForSupplement,
            "Beskriv även stödet till elever på bransch-SFI som inte uppbär ekonomiskt bistånd, och hur de aktualiseras till tjänsten.");
        Event(a, At(2024, 4, 9, 15), office, "Beredningsgruppens förslag: begär komplettering.", null);
        db.SupplementRequests.Add(new SupplementRequest
        {
            Id = NewId(),
            ApplicationId = a.Id,
            Message = "Beredningsgruppen ber er komplettera ansökan med stödet till elever som studerar bransch-SFI på Vuxenutbildningen och inte uppbär ekonomiskt bistånd: vilka de är och hur de aktualiseras till tjänsten.",
            RequestedAt = At(2024, 4, 10, 9),
            RequestedBy = office,
            AnsweredAt = At(2024, 4, 23, 15),
        });
        Event(a, At(2024, 4, 10, 9), office, "Komplettering begärd. En länk till ansökan skickades till sökanden.", ApplicationState.SupplementRequested);
        var revised = await VersionAsync(a, 2, At(2024, 4, 23, 15), a.Summary!, DemoSundsvallApplication.Sections(revised: true), ct);
        Event(a, revised.SubmittedAt, Applicant, "Reviderad ansökan inskickad (version 2).", ApplicationState.Submitted);
        Event(a, At(2024, 4, 24, 9), office, "Under beredning: beredningsgruppen läser den reviderade ansökan.", ApplicationState.InPreparation);
        Recommend(a, At(2024, 4, 26, 11), RecommendationKind.Grant,
            "Behovet är styrkt av kön till Arbetsmarknadstorget. Förslag att bevilja under förutsättning att förbundet får bidrag från huvudmännen för 2025.");
        Event(a, At(2024, 4, 26, 11), office, "Beredningsgruppens förslag: bevilja.", null);
        db.ConflictsOfInterest.Add(new ConflictOfInterest
        {
            Id = NewId(),
            ApplicationId = a.Id,
            Name = "Jonas Väst",
            Reason = ConflictReason.RepresentsApplicant,
            Note = "Ordförande, ledamot för Sundsvalls kommun, som ansöker.",
            RecordedAt = At(2024, 4, 29, 10),
            RecordedBy = office,
        });
        Event(a, At(2024, 4, 29, 10), office, "Till styrelsen: på dagordningen för styrelsens extra sammanträde 2024-05-07; jäv: Jonas Väst.", ApplicationState.ToBoard);

        // § 73: the item on the agenda (the meeting was seeded without one), the revised application as its paper, and the decision.
        if (meeting is not null && decision is not null)
        {
            var item = await AgendaAsync(meeting, paragraphs, decision, revised, ct);
            a.AgendaItemId = item.Id;
            a.DecisionParagraphId = decision.Id;
        }
        a.DecidedOn = meetingDay;
        a.Conditions = DemoSundsvallApplication.Conditions;
        a.State = ApplicationState.Granted;
        db.GrantYears.Add(new GrantYear { ApplicationId = a.Id, Year = 2024, Amount = 247_500 });
        db.GrantYears.Add(new GrantYear { ApplicationId = a.Id, Year = 2025, Amount = 726_000 });
        Event(a, At(2024, 5, 7, 14), office, "Beviljad av styrelsen i § 73: 247 500 kr för 2024 och 726 000 kr för 2025, " +
            "under förutsättning att förbundet får bidrag från huvudmännen för 2025. Jonas Väst deltog inte i beslutet.", ApplicationState.Granted);

        // The intervention the seeder of issue 21 made for § 73, linked both ways (its name stays).
        var decisionId = decision?.Id;
        var intervention = await db.Interventions.Where(i => (decisionId != null && i.DecisionParagraphId == decisionId) || i.Name == DemoInterventionSeeder.JobConsultant)
            .OrderBy(i => i.Id).FirstOrDefaultAsync(ct);
        if (intervention is not null)
        {
            a.InterventionId = intervention.Id;
            intervention.FundingApplicationId = a.Id;
        }

        // § 73: half of each year's grant when the agreement is signed (2025's not before the year), the rest after the board approved that year's report.
        a.AgreementSignedOn = new DateOnly(2024, 5, 27);
        a.AgreementSignedBy = DemoSundsvallApplication.ContactName;
        Event(a, At(2024, 5, 27, 11), office, "Avtalet tecknat 2024-05-27 av Denise Wallén.", null);
        Payment(a, 2024, 1, 123_750, PaymentCondition.AgreementSigned, null, new DateOnly(2024, 6, 10));
        Payment(a, 2024, 2, 123_750, PaymentCondition.ReportApproved, null, new DateOnly(2025, 3, 31));
        Payment(a, 2025, 1, 363_000, PaymentCondition.AgreementSigned, new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 15));
        Payment(a, 2025, 2, 363_000, PaymentCondition.ReportApproved, null, null);
        Event(a, At(2024, 6, 10, 10), office, "Utbetalt 123 750 kr (2024, när avtalet är tecknat).", null);
        Event(a, At(2025, 1, 15, 10), office, "Utbetalt 363 000 kr (2025, när avtalet är tecknat).", null);

        // Reports: the period starts in September, so 2024 has only the annual report. Figures from the intervention's follow-up.
        var followUp = await FollowUpAsync(intervention, ct);
        Report(a, 2024, ReportKind.Annual, new DateOnly(2024, 9, 1), new DateOnly(2024, 12, 31), new DateOnly(2025, 2, 14), followUp,
            new DateOnly(2025, 2, 10), new DateOnly(2025, 2, 20), new DateOnly(2025, 3, 20),
            "Tjänsten startade i september. Kön till Arbetsmarknadstorget har minskat; de som aktualiserats från Försäkringskassans sjukpenningsida har fått sin arbetsförmåga prövad upp till tio timmar.",
            (218_300, 14_500, 7_000));
        Event(a, At(2025, 2, 10, 13), DemoSundsvallApplication.ContactName, "Årsrapport 2024 inlämnad.", null);
        Event(a, At(2025, 3, 20, 15), office, "Årsrapport 2024 godkänd av styrelsen.", null);
        Event(a, At(2025, 3, 31, 10), office, "Utbetalt 123 750 kr (2024, när styrelsen godkänt årets redovisning).", null);
        Report(a, 2025, ReportKind.HalfYear, new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30), new DateOnly(2025, 8, 14), followUp,
            new DateOnly(2025, 8, 11), new DateOnly(2025, 8, 20), new DateOnly(2025, 9, 16),
            "Tjänsten har varit fullbelagd under halvåret. Fler deltagare än väntat har kombinerat bransch-SFI med arbetsträning.",
            (338_000, 15_000, 7_200));
        Event(a, At(2025, 8, 11, 13), DemoSundsvallApplication.ContactName, "Halvårsrapport 2025 inlämnad.", null);
        Event(a, At(2025, 9, 16, 15), office, "Halvårsrapport 2025 godkänd av styrelsen.", null);
        // 2025's annual report is still to come (due 2026-02-14), so the last 363 000 kr are planned; its reminders went out when due.
        var annual = Report(a, 2025, ReportKind.Annual, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), new DateOnly(2026, 2, 14), followUp,
            null, null, null, null, null);
        foreach (var (step, sent) in new[] { (ReminderStep.BeforeDue, At(2026, 1, 31, 7)), (ReminderStep.Overdue, At(2026, 2, 15, 7)) })
            if (sent < clock.GetUtcNow().UtcDateTime) db.ReportReminders.Add(new ReportReminder { ReportId = annual.Id, Step = step, SentAt = sent });
    }

    /// <summary>
    /// The agenda of 2024-05-07 (one item per paragraph, each paragraph remembering its item) when the meeting
    /// has none, with the revised application as § 73's paper (Bilaga 1) and Jonas Väst's recusal on the item.
    /// </summary>
    private async Task<AgendaItem> AgendaAsync(Meeting meeting, List<Paragraph> paragraphs, Paragraph decision, ApplicationVersion revised, CancellationToken ct)
    {
        var items = await db.AgendaItems.Where(i => i.MeetingId == meeting.Id).OrderBy(i => i.Order).ToListAsync(ct);
        if (items.Count == 0)
        {
            var order = 0;
            foreach (var paragraph in paragraphs)
            {
                var added = new AgendaItem { Id = NewId(), MeetingId = meeting.Id, Order = ++order, Title = paragraph.Title };
                db.AgendaItems.Add(added);
                paragraph.AgendaItemId = added.Id;
                items.Add(added);
            }
        }
        var item = items.FirstOrDefault(i => i.Id == decision.AgendaItemId) ?? items.First(i => i.Title == decision.Title);
        decision.AgendaItemId = item.Id;
        item.Description = "Ansökan avser utökande av en arbetskonsulent för att möta upp fler deltagare som inte uppbär ekonomiskt bistånd men som ändå är i behov av arbetslivsinriktad rehabilitering som kan ges på Arbetsmarknadstorget under 2024 och 2025.\n\n" +
            "Beredningsgruppens förslag: bevilja.";
        item.ProposedDecision = "Att bevilja medel med 247 500 kr till arbetskonsulent för 2024 och 726 000 kr för 2025 under förutsättning att förbundet får bidrag från huvudmännen för 2025 enligt förslaget som nu ligger.";
        item.Recusals = ["Jonas Väst"];
        if (revised.PdfStorageKey is { } key && !await db.Papers.AnyAsync(p => p.AgendaItemId == item.Id, ct) && await store.OpenReadAsync(key, ct) is { } pdf)
        {
            await using (pdf)
            {
                var stored = await store.SaveAsync(pdf, "application/pdf", ct);
                db.Papers.Add(new Paper
                {
                    Id = NewId(),
                    MeetingId = meeting.Id,
                    AgendaItemId = item.Id,
                    FileName = "Bilaga 1 Reviderad ansökan om medel.pdf",
                    ContentType = stored.ContentType,
                    Length = stored.Length,
                    StorageKey = stored.Key,
                    IsPublic = false,
                    UploadedAt = At(2024, 4, 29, 10),
                });
            }
        }
        return item;
    }

    private sealed record FollowUpEpisode(string Code, Gender Gender, DateOnly Start, DateOnly? End, string? Reason);

    private async Task<List<FollowUpEpisode>> FollowUpAsync(Intervention? intervention, CancellationToken ct)
    {
        if (intervention is null) return [];
        var reasons = await db.EndReasons.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Code, ct);
        var episodes = await db.Episodes.AsNoTracking().Where(e => e.InterventionId == intervention.Id).ToListAsync(ct);
        return [.. episodes.Select(e => new FollowUpEpisode(e.Code, e.Gender, e.Start, e.End, e.EndReasonId is { } r && reasons.TryGetValue(r, out var code) ? code : null))];
    }

    /// <summary>A report; submitted ones carry the participants of the period by gender and those who ended by reason, from the follow-up.</summary>
    private GrantReport Report(FundingApplication a, int year, ReportKind kind, DateOnly from, DateOnly to, DateOnly due, List<FollowUpEpisode> followUp,
        DateOnly? submitted, DateOnly? reviewed, DateOnly? approved, string? text, (long Salaries, long Premises, long Material)? costs)
    {
        var report = new GrantReport
        {
            Id = NewId(),
            ApplicationId = a.Id,
            Year = year,
            Kind = kind,
            PeriodStart = from,
            PeriodEnd = to,
            DueOn = due,
            State = approved is not null ? ReportState.Approved : reviewed is not null ? ReportState.Reviewed : submitted is not null ? ReportState.Submitted : ReportState.Pending,
            Text = text,
            SubmittedAt = submitted is { } s ? SwedishTime.ToUtc(s, new TimeOnly(13, 0)) : null,
            ReviewedAt = reviewed is { } r ? SwedishTime.ToUtc(r, new TimeOnly(10, 0)) : null,
            ReviewedBy = reviewed is null ? null : _office,
            ReviewComment = reviewed is null ? null : "Granskad: kostnaderna stämmer med budgeten.",
            ApprovedOn = approved,
        };
        if (submitted is not null && followUp.Count > 0)
        {
            var active = followUp.Where(e => e.Start <= to && (e.End is null || e.End >= from)).DistinctBy(e => e.Code).ToList();
            report.Women = active.Count(e => e.Gender == Gender.Woman);
            report.Men = active.Count(e => e.Gender == Gender.Man);
            report.FiguresFromFollowUp = true;
            report.Ended = [.. followUp.Where(e => e.End is { } end && end >= from && end <= to && e.Reason is not null).GroupBy(e => e.Reason!)
                .Select(g => new ReportEnded { ReportId = report.Id, ReasonCode = g.Key, Women = g.Count(e => e.Gender == Gender.Woman), Men = g.Count(e => e.Gender == Gender.Man) })];
        }
        if (costs is { } c)
        {
            report.Costs =
            [
                new ReportCost { ReportId = report.Id, CostTypeId = CostType("Lönekostnader"), Amount = c.Salaries },
                new ReportCost { ReportId = report.Id, CostTypeId = CostType("Lokalkostnader"), Amount = c.Premises },
                new ReportCost { ReportId = report.Id, CostTypeId = CostType("Material (IT och telefoni)"), Amount = c.Material },
            ];
        }
        db.GrantReports.Add(report);
        return report;
    }

    private void Payment(FundingApplication a, int year, int order, long amount, PaymentCondition condition, DateOnly? notBefore, DateOnly? paidOn) =>
        db.GrantPayments.Add(new GrantPayment
        {
            Id = NewId(),
            ApplicationId = a.Id,
            Year = year,
            Order = order,
            Amount = amount,
            Condition = condition,
            NotBefore = notBefore,
            PaidOn = paidOn,
            PaidBy = paidOn is null ? null : _office,
        });

    // ---------------------------------------------------------------- Roslagen: one application in each open state

    private async Task RoslagenAsync(CancellationToken ct)
    {
        var office = _office;
        var next = SwedishTime.Today(clock).Year + 1;

        // Till styrelsen: on the coming board meeting's item "Ansökan om medel: gemensamt arbetslag" (DemoBoardSeeder). The
        // applicant is the chair's own municipality, so the chair does not take part: the conflict reaches the item's recusals.
        var chair = await (from s in db.Seats
                           join c in db.Contacts on s.ContactId equals c.Id
                           join b in db.Bodies on s.BodyId equals b.Id
                           where b.Kind == BodyKind.Board && s.Position == SeatPosition.Chair
                           select new { c.Id, c.Name, s.MemberId }).FirstOrDefaultAsync(ct);
        var municipality = _members.Where(m => m.Value.Id == chair?.MemberId && (m.Key.EndsWith(" kommun", StringComparison.Ordinal) || m.Key.EndsWith(" stad", StringComparison.Ordinal)))
            .Select(m => m.Key).FirstOrDefault() ?? "Täby kommun";
        var team = Open(1, ApplicationState.ToBoard, "Gemensamt arbetslag för unga vuxna",
            "Ett gemensamt arbetslag med en arbetsterapeut från kommunen, en arbetsförmedlare och en samordnare från Försäkringskassan för unga vuxna 18–29 år som varken arbetar eller studerar och behöver samordnat stöd för att komma vidare.",
            new DateOnly(next, 1, 1), new DateOnly(next, 12, 31), municipality, "Arbetsmarknadsenheten", "Eva Berg, socialchef", "Eva Berg", "070-174 06 31", "eva.berg@kommun.example", "5412-7303",
            [("Arbetsförmedlingen", "Arbetsförmedlingen Roslagen", "Karl Nyström, sektionschef", "Karl Nyström", "karl.nystrom@arbetsformedlingen.example"),
             ("Försäkringskassan", "Lokalt försäkringscenter Stockholm nord", "Lena Ek, enhetschef", "Lena Ek", "lena.ek@forsakringskassan.example")],
            Texts("Allt fler unga vuxna i kommunen står långt från arbete och har kontakt med flera myndigheter samtidigt utan att stödet hänger ihop.",
                "Att unga vuxna får ett samordnat stöd av ett arbetslag där parterna arbetar tillsammans, så att de kommer närmare arbete eller studier.",
                "Unga vuxna 18–29 år som varken arbetar eller studerar, har behov av stöd från minst två parter och vill delta."),
            [("Deltagarna kommer närmare arbete eller studier.", "Hälften av deltagarna går vidare till arbete, studier eller en parts ordinarie insats."),
             ("Deltagarna upplever att stödet hänger ihop.", "Mäts med NNS indikatorenkät vid avslut.")],
            [("Lönekostnader", null, 620_000), ("Lokalkostnader", null, 40_000), ("Material (IT och telefoni)", null, 20_000), ("Övriga kostnader", "Utbildning i motiverande samtal", 30_000)]);
        await SubmittedAsync(team, 45, ct);
        Event(team, Days(40, 9), office, "Under beredning: beredningsgruppen läser ansökan.", ApplicationState.InPreparation);
        Recommend(team, Days(10, 15), RecommendationKind.Grant, "Ansökan uppfyller kraven och svarar mot behovet som medlemssamrådet lyfte.");
        Event(team, Days(10, 15), office, "Beredningsgruppens förslag: bevilja.", null);
        var item = await (from i in db.AgendaItems
                          join m in db.Meetings on i.MeetingId equals m.Id
                          where i.Title == "Ansökan om medel: gemensamt arbetslag"
                          orderby m.StartsAt descending
                          select i).FirstOrDefaultAsync(ct);
        if (chair is not null && chair.MemberId == _members[municipality].Id)
        {
            db.ConflictsOfInterest.Add(new ConflictOfInterest
            {
                Id = NewId(),
                ApplicationId = team.Id,
                ContactId = chair.Id,
                Name = chair.Name,
                Reason = ConflictReason.RepresentsApplicant,
                Note = $"Ordförande, ledamot för {municipality}, som ansöker.",
                RecordedAt = Days(9, 10),
                RecordedBy = office,
            });
            if (item is not null) item.Recusals = [chair.Name];
        }
        team.AgendaItemId = item?.Id;
        Event(team, Days(9, 10), office, "Till styrelsen: på dagordningen för styrelsens nästa sammanträde" +
            (chair is not null && chair.MemberId == _members[municipality].Id ? $"; jäv: {chair.Name}." : "."), ApplicationState.ToBoard);

        // Komplettering begärd: the applicant revises it from a new link.
        var social = Open(2, ApplicationState.SupplementRequested, "Arbetsträning i sociala företag",
            "Arbetsträning hos arbetsintegrerande sociala företag för personer som behöver en lugn och stegvis väg tillbaka till arbete, med handledning och en gemensam plan mellan parterna.",
            new DateOnly(next, 1, 1), new DateOnly(next, 12, 31), "Österåkers kommun", "Arbetsmarknadsenheten", "Johan Sund, verksamhetschef", "Sara Holm", "070-174 06 32", "sara.holm@osteraker.example", "5501-8469",
            [("Arbetsförmedlingen", "Arbetsförmedlingen Roslagen", "Karl Nyström, sektionschef", "Anna Vik", "anna.vik@arbetsformedlingen.example"),
             ("Region Stockholm", "Norra Stockholms psykiatri", "Per Alm, verksamhetschef", "Per Alm", "per.alm@regionstockholm.example")],
            Texts("De arbetsträningsplatser som finns räcker inte för personer med psykisk ohälsa som behöver börja i liten skala.",
                "Att deltagarna prövar och utvecklar sin arbetsförmåga i en trygg miljö och går vidare till ordinarie insatser eller arbete.",
                "Personer 20–64 år med psykisk ohälsa som aktualiseras av Arbetsförmedlingen, psykiatrin eller kommunen."),
            [("Deltagarna har fått sin arbetsförmåga prövad.", null)],
            [("Lönekostnader", null, 310_000), ("Övriga kostnader", "Köp av arbetsträningsplatser hos sociala företag", 180_000)]);
        await SubmittedAsync(social, 35, ct);
        Event(social, Days(30, 9), office, "Under beredning: beredningsgruppen läser ansökan.", ApplicationState.InPreparation);
        Recommend(social, Days(12, 15), RecommendationKind.AskForSupplement, "Budgeten saknar kostnaden för handledning på företagen, och målet saknar indikator.");
        Event(social, Days(12, 15), office, "Beredningsgruppens förslag: begär komplettering.", null);
        db.SupplementRequests.Add(new SupplementRequest
        {
            Id = NewId(),
            ApplicationId = social.Id,
            Message = "Beredningsgruppen ber er komplettera ansökan med kostnaden för handledning på de sociala företagen i budgeten och med en indikator för målet om prövad arbetsförmåga.",
            RequestedAt = Days(11, 9),
            RequestedBy = office,
        });
        social.AccessKeyHash = SecretTokens.Hash(RoslagenSupplementKey);
        social.AccessKeyIssuedAt = Days(11, 9);
        Event(social, Days(11, 9), office, "Komplettering begärd. En länk till ansökan skickades till sökanden.", ApplicationState.SupplementRequested);

        // Under beredning.
        var young = Open(3, ApplicationState.InPreparation, "Unga vuxna i Norrtälje – samordnat stöd",
            "Ett samordnat stöd för unga vuxna i Norrtälje som har kontakt med både socialtjänsten och ungdomsmottagningen, med en gemensam handläggare och en plan mot arbete eller studier.",
            new DateOnly(next, 1, 1), new DateOnly(next, 12, 31), "Norrtälje kommun", "Socialkontoret, Arbete och försörjning", "Lars Dahl, socialchef", "Mira Åberg", "070-174 06 33", "mira.aberg@norrtalje.example", "5623-9072",
            [("Region Stockholm", "Ungdomsmottagningen Norrtälje", "Karin Sjö, verksamhetschef", "Karin Sjö", "karin.sjo@regionstockholm.example"),
             ("Arbetsförmedlingen", "Arbetsförmedlingen Norrtälje", "Ola Ström, sektionschef", "Ola Ström", "ola.strom@arbetsformedlingen.example")],
            Texts("Unga vuxna i Norrtälje som har kontakt med flera parter får ofta vänta mellan insatserna.",
                "Att unga vuxna får en sammanhållen plan mot arbete eller studier.",
                "Unga vuxna 18–29 år i Norrtälje kommun med kontakt med socialtjänsten och ungdomsmottagningen."),
            [("Deltagarna har en gemensam plan med parterna.", "Alla deltagare har en plan inom en månad.")],
            [("Lönekostnader", null, 450_000), ("Material (IT och telefoni)", null, 12_000)]);
        await SubmittedAsync(young, 20, ct);
        Event(young, Days(14, 9), office, "Under beredning: beredningsgruppen läser ansökan.", ApplicationState.InPreparation);

        // Inskickad.
        var health = Open(4, ApplicationState.Submitted, "Hälsosteg – hälsa och rörelse inför arbete",
            "Gruppverksamhet med fysisk aktivitet, sömn och kost för personer som är sjukskrivna eller står utanför arbetsmarknaden, som ett första steg mot arbetslivsinriktad rehabilitering.",
            new DateOnly(next, 1, 1), new DateOnly(next, 12, 31), "Region Stockholm", "Vårdcentralen Vallentuna, rehabiliteringsenheten", "Nina Borg, verksamhetschef", "Nina Borg", "070-174 06 34", "nina.borg@regionstockholm.example", "5734-5126",
            [("Vallentuna kommun", "Arbetsmarknadsenheten", "Tove Lind, enhetschef", "Tove Lind", "tove.lind@vallentuna.example"),
             ("Försäkringskassan", "Lokalt försäkringscenter Stockholm nord", "Lena Ek, enhetschef", "Jonas Ek", "jonas.ek@forsakringskassan.example")],
            Texts("Många som aktualiseras till förbundets insatser har en låg aktivitetsnivå och besvär som gör att de inte orkar börja i arbetsträning.",
                "Att deltagarna får bättre hälsa och ork att delta i arbetslivsinriktad rehabilitering.",
                "Personer 18–64 år i Vallentuna som är sjukskrivna eller har försörjningsstöd och behöver öka sin aktivitetsnivå."),
            [("Deltagarna ökar sin aktivitetsnivå.", "Mäts med självskattning vid start och avslut.")],
            [("Lönekostnader", null, 280_000), ("Lokalkostnader", null, 36_000), ("Övriga kostnader", "Gymkort och material till gruppen", 24_000)]);
        await SubmittedAsync(health, 2, ct);

        // Utkast: continued from the link in the README.
        var language = Open(5, ApplicationState.Draft, "Språkstöd i arbetsträning",
            "Språkstöd på arbetsplatsen för deltagare i arbetsträning som studerar svenska för invandrare.",
            new DateOnly(next, 3, 1), new DateOnly(next + 1, 6, 30), "Vaxholms stad", "Arbetsmarknad och vuxenutbildning", null, "Ali Nur", "070-174 06 35", "ali.nur@vaxholm.example", null,
            [("Arbetsförmedlingen", "Arbetsförmedlingen Roslagen", null, "Karl Nyström", "karl.nystrom@arbetsformedlingen.example")],
            new Dictionary<string, string>
            {
                ["background"] = "Deltagare som läser SFI kommer sällan ut i arbetsträning, eftersom handledarna inte hinner stödja språket.",
                ["purpose"] = "Att deltagarna utvecklar sin svenska på arbetsplatsen samtidigt som de prövar sin arbetsförmåga.",
            },
            [],
            [("Lönekostnader", null, 180_000)]);
        language.AccessKeyHash = SecretTokens.Hash(RoslagenDraftKey);
        language.AccessKeyIssuedAt = Days(4, 10);
        language.UpdatedAt = Days(1, 16);
        Event(language, Days(4, 10), Applicant, "Utkast påbörjat. En länk för att fortsätta skickades till sökandens e-postadress.", ApplicationState.Draft);
        Event(language, Days(1, 16), Applicant, "Utkast sparat.", null);
    }

    /// <summary>An open application of Roslagen: the applicant, its cooperating parties, texts, goals and a budget for its years.</summary>
    private FundingApplication Open(int number, ApplicationState state, string title, string summary, DateOnly from, DateOnly to,
        string applicant, string unit, string? signatory, string contact, string phone, string email, string? bankgiro,
        (string Member, string Unit, string? Signatory, string Contact, string Email)[] parties, Dictionary<string, string> sections,
        (string Goal, string? Indicator)[] goals, (string CostType, string? Specification, long PerYear)[] budget)
    {
        var days = state switch
        {
            ApplicationState.ToBoard => 47,
            ApplicationState.SupplementRequested => 38,
            ApplicationState.InPreparation => 23,
            ApplicationState.Submitted => 6,
            _ => 4,
        };
        var a = AddApplication(number, state, title, summary, from, to, applicant, applicant, unit, signatory, null, null, null, contact, phone, email, bankgiro, Days(days, 10));
        a.ApplicantOrganisationNumber = _members[applicant].OrganisationNumber;
        var order = 0;
        foreach (var (member, partyUnit, partySignatory, partyContact, partyEmail) in parties)
            Party(a, ++order, member, partyUnit, partySignatory, partyContact, null, partyEmail);
        Answers(a, sections);
        order = 0;
        foreach (var (goal, indicator) in goals) Goal(a, ++order, goal, indicator);
        var years = Enumerable.Range(from.Year, to.Year - from.Year + 1).ToArray();
        foreach (var (costType, specification, perYear) in budget)
            Budget(a, costType, specification, [.. years.Select(y => (y, perYear))]);
        if (state != ApplicationState.Draft)
            Event(a, Days(days, 10), Applicant, "Utkast påbörjat. En länk för att fortsätta skickades till sökandens e-postadress.", ApplicationState.Draft);
        return a;
    }

    private async Task SubmittedAsync(FundingApplication a, int daysAgo, CancellationToken ct)
    {
        var version = await VersionAsync(a, 1, Days(daysAgo, 14), a.Summary!, db.ChangeTracker.Entries<SectionAnswer>()
            .Where(e => e.Entity.ApplicationId == a.Id).ToDictionary(e => _sections.First(s => s.Value == e.Entity.SectionId).Key, e => e.Entity.Text), ct);
        Event(a, version.SubmittedAt, Applicant, "Ansökan inskickad (version 1). Kvittot med ansökan som PDF skickades till sökanden.", ApplicationState.Submitted);
    }

    /// <summary>All nine sections of the template: the three given, and the rest in the words most applications use.</summary>
    private static Dictionary<string, string> Texts(string background, string purpose, string targetGroup) => new()
    {
        ["background"] = background,
        ["purpose"] = purpose,
        ["targetGroup"] = targetGroup,
        ["scope"] = "Insatsen kompletterar parternas ordinarie uppdrag och ersätter inget av dem. Mervärdet är att parterna arbetar tillsammans kring samma person.",
        ["implementation"] = "Deltagarna aktualiseras av parterna till en gemensam beredning. Personalen träffar deltagaren regelbundet och parterna möts varje månad för att följa upp planerna.",
        ["equality"] = "Vi följer fördelningen mellan kvinnor och män vid aktualisering och avslut och redovisar alla resultat uppdelade på kön.",
        ["spreading"] = "Deltagarna registreras i uppföljning Finsam. Resultaten redovisas i halvårsrapport och årsrapport och sprids till parternas ledningar.",
        ["partyResults"] = "Parterna får ett arbetssätt som kan bli en del av ordinarie verksamhet när insatsen är slut.",
        ["individualResults"] = "Deltagarna har kommit närmare arbete eller studier och vet vilket stöd som tar vid efter insatsen.",
    };

    // ---------------------------------------------------------------- the application's parts

    private FundingApplication AddApplication(int number, ApplicationState state, string title, string summary, DateOnly from, DateOnly to,
        string member, string organisation, string? unit, string? signatory, string? street, string? postalCode, string? city,
        string contact, string phone, string email, string? bankgiro, DateTime createdAt)
    {
        var a = new FundingApplication
        {
            Id = NewId(),
            Number = number,
            State = state,
            Title = title,
            Summary = summary,
            PeriodStart = from,
            PeriodEnd = to,
            ApplicantMemberId = _members[member].Id,
            ApplicantOrganisation = organisation,
            ApplicantUnit = unit,
            ApplicantSignatory = signatory,
            ApplicantStreet = street,
            ApplicantPostalCode = postalCode,
            ApplicantCity = city,
            ContactName = contact,
            ContactPhone = phone,
            ContactEmail = email,
            PaymentAccountKind = bankgiro is null ? null : PaymentAccountKind.Bankgiro,
            PaymentAccount = bankgiro,
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
        };
        db.FundingApplications.Add(a);
        return a;
    }

    private void Party(FundingApplication a, int order, string member, string? unit, string? signatory, string? contact, string? phone, string? email) =>
        db.ApplicationParties.Add(new ApplicationParty
        {
            Id = NewId(),
            ApplicationId = a.Id,
            Order = order,
            MemberId = _members[member].Id,
            Organisation = member,
            Unit = unit,
            Signatory = signatory,
            ContactName = contact,
            ContactPhone = phone,
            ContactEmail = email,
        });

    private void Answers(FundingApplication a, IReadOnlyDictionary<string, string> sections)
    {
        foreach (var (key, text) in sections)
            if (_sections.TryGetValue(key, out var section))
                db.SectionAnswers.Add(new SectionAnswer { ApplicationId = a.Id, SectionId = section, Text = text });
    }

    private void Goal(FundingApplication a, int order, string text, string? indicator) =>
        db.ApplicationGoals.Add(new ApplicationGoal { Id = NewId(), ApplicationId = a.Id, Order = order, Text = text, Indicator = indicator });

    private void Budget(FundingApplication a, string costType, string? specification, params (int Year, long Amount)[] amounts)
    {
        var line = new BudgetLine { Id = NewId(), ApplicationId = a.Id, CostTypeId = CostType(costType), Specification = specification };
        line.Amounts = [.. amounts.Select(x => new BudgetAmount { LineId = line.Id, Year = x.Year, Amount = x.Amount })];
        db.BudgetLines.Add(line);
    }

    private Guid CostType(string name) => _costTypes.TryGetValue(name, out var id) ? id : throw new InvalidOperationException($"Cost type {name} is missing.");

    private void Event(FundingApplication a, DateTime at, string actor, string text, ApplicationState? state)
    {
        db.ApplicationEvents.Add(new ApplicationEvent { Id = NewId(), ApplicationId = a.Id, At = at, Actor = actor, Text = text, State = state });
        if (at > a.UpdatedAt) a.UpdatedAt = at;
    }

    private void Recommend(FundingApplication a, DateTime at, RecommendationKind kind, string comment) =>
        db.Recommendations.Add(new Recommendation { Id = NewId(), ApplicationId = a.Id, Kind = kind, Comment = comment, RecordedAt = at, RecordedBy = _office });

    /// <summary>A submitted version: the form as JSON, and a one-page PDF of it (the demo's, not the receipt's layout).</summary>
    private async Task<ApplicationVersion> VersionAsync(FundingApplication a, int number, DateTime at, string summary, IReadOnlyDictionary<string, string> sections, CancellationToken ct)
    {
        var parties = db.ChangeTracker.Entries<ApplicationParty>().Select(e => e.Entity).Where(p => p.ApplicationId == a.Id).OrderBy(p => p.Order).ToList();
        var goals = db.ChangeTracker.Entries<ApplicationGoal>().Select(e => e.Entity).Where(g => g.ApplicationId == a.Id).OrderBy(g => g.Order).ToList();
        var lines = db.ChangeTracker.Entries<BudgetLine>().Select(e => e.Entity).Where(l => l.ApplicationId == a.Id).OrderBy(l => _costTypeOrder.IndexOf(l.CostTypeId)).ToList();
        var costTypes = _costTypes.ToDictionary(c => c.Value, c => c.Key);
        // The shape the public form saves (its input, camelCase): sections by key, budget cells by "{costTypeId:N}_{year}".
        var content = JsonSerializer.Serialize(new
        {
            applicantMemberId = a.ApplicantMemberId?.ToString(),
            applicantOrganisation = a.ApplicantOrganisation,
            applicantUnit = a.ApplicantUnit,
            applicantSignatory = a.ApplicantSignatory,
            applicantOrganisationNumber = a.ApplicantOrganisationNumber,
            applicantStreet = a.ApplicantStreet,
            applicantPostalCode = a.ApplicantPostalCode,
            applicantCity = a.ApplicantCity,
            contactName = a.ContactName,
            contactPhone = a.ContactPhone,
            contactEmail = a.ContactEmail,
            paymentAccountKind = a.PaymentAccountKind?.ToString(),
            paymentAccount = a.PaymentAccount,
            parties = parties.Select(p => new { memberId = p.MemberId?.ToString(), organisation = p.Organisation, unit = p.Unit, signatory = p.Signatory, contactName = p.ContactName, contactPhone = p.ContactPhone, contactEmail = p.ContactEmail }),
            title = a.Title,
            periodStart = a.PeriodStart?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            periodEnd = a.PeriodEnd?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            summary,
            sections,
            goals = goals.Select(g => new { text = g.Text, indicator = g.Indicator }),
            budget = lines.SelectMany(l => l.Amounts.Select(x => (Key: CellKey(l.CostTypeId, x.Year), x.Amount))).ToDictionary(x => x.Key, x => x.Amount.ToString(CultureInfo.InvariantCulture)),
            specifications = lines.Where(l => l.Specification is not null).ToDictionary(l => l.CostTypeId.ToString("N"), l => l.Specification),
        }, JsonSerializerOptions.Web);

        var label = number == 1 ? "Ansökan om medel" : "Reviderad ansökan om medel";
        string[] pdfLines =
        [
            $"{a.Title}. Ansökan {a.Number}, version {number}, inskickad {SwedishTime.DateOf(at):yyyy-MM-dd}.",
            $"Sökande: {a.ApplicantOrganisation}{(a.ApplicantUnit is null ? "" : ", " + a.ApplicantUnit)}; behörig att teckna avtal: {a.ApplicantSignatory ?? "-"}; organisationsnummer {a.ApplicantOrganisationNumber}.",
            $"Kontaktperson: {a.ContactName}, {a.ContactPhone}, {a.ContactEmail}.",
            .. parties.Select(p => $"Samverkanspart: {p.Organisation}{(p.Unit is null ? "" : ", " + p.Unit)}; kontakt {p.ContactName}."),
            $"Period: {a.PeriodStart:yyyy-MM-dd} - {a.PeriodEnd:yyyy-MM-dd}.",
            "",
            .. summary.Split('\n'),
            "",
            .. lines.Select(l => $"{costTypes[l.CostTypeId]}{(l.Specification is null ? "" : " (" + l.Specification + ")")}: " +
                string.Join(", ", l.Amounts.OrderBy(x => x.Year).Select(x => $"{x.Year}: {Kronor(x.Amount)} kr"))),
        ];
        var stored = await store.SaveAsync(new MemoryStream(SimplePdf.Render(label, pdfLines)), "application/pdf", ct);
        var version = new ApplicationVersion { Id = NewId(), ApplicationId = a.Id, Number = number, SubmittedAt = at, Content = content, PdfStorageKey = stored.Key };
        db.ApplicationVersions.Add(version);
        a.SubmittedAt = at;
        return version;
    }

    private static string CellKey(Guid costTypeId, int year) => string.Create(CultureInfo.InvariantCulture, $"{costTypeId:N}_{year}");

    /// <summary>"247 500": whole kronor with a space between thousands.</summary>
    private static string Kronor(long amount) => amount.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ');

    // ---------------------------------------------------------------- ids and times

    /// <summary>Ids in the order things are added (a millisecond apart), so lists ordered by id keep the story's order.</summary>
    private Guid NewId() => Guid.CreateVersion7(clock.GetUtcNow().AddMilliseconds(_sequence++));

    private static DateTime At(int year, int month, int day, int hour) => SwedishTime.ToUtc(new DateOnly(year, month, day), new TimeOnly(hour, 0));

    private DateTime Days(int ago, int hour) => SwedishTime.ToUtc(SwedishTime.Today(clock).AddDays(-ago), new TimeOnly(hour, 0));
}
