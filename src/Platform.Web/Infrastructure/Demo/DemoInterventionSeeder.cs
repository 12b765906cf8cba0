using Microsoft.EntityFrameworkCore;
using Platform.Features.Board.Model;
using Platform.Features.Interventions.Model;
using Platform.Features.Members;
using Platform.Persistence;

namespace Platform.Infrastructure.Demo;

/// <summary>
/// Interventions of the demo associations (issue 21): Roslagen's MIA with its participant history
/// and its structural interventions (seeds 000, 002), SUVS's Resursteamet/MIA Vidare and
/// HOPPET/Rätt stöd för mig! with the budget paper's staffing, goals and money (seed 001),
/// Insjöriket's Balder, Primus and Individsamverkansteamet (seed 003) and Sundsvall's job consultant
/// granted in § 73 of 2024-05-07 (seed 004). Where the papers say nothing (a lead party, a start date,
/// the participants' details) the values are illustrative. Written straight to the database, as the
/// other demo seeders do: the history lies outside what the forms allow today. Runs once per association.
/// </summary>
internal sealed class DemoInterventionSeeder(TenantDb db, TimeProvider clock)
{
    public const string Actor = "Demodata";

    /// <summary>
    /// The demo's retention: records are deleted this many years after their episode ended, so the
    /// 2017–2022 histories are not deleted by the first night's run (the default is two years).
    /// </summary>
    public const int RetentionYears = 10;

    public const string Mia = "MIA – Mobilisering inför arbete";
    public const string MiaVidare = "Resursteamet/MIA Vidare";
    public const string Hoppet = "HOPPET/Rätt stöd för mig!";
    public const string Balder = "Balder";
    public const string Primus = "Primus";
    public const string Individsamverkansteamet = "Individsamverkansteamet";
    public const string JobConsultant = "Arbetskonsulent Arbetsmarknadstorget";

    /// <summary>Insjöriket's own reasons for ending (seeds/003), beside the seeded ones.</summary>
    public const string FurtherRehabilitation = "furtherRehabilitation", NotReady = "notReady";

    private Dictionary<string, Guid> _members = [];
    private Dictionary<string, Guid> _reasons = [];

    public async Task SeedAsync(DemoAssociations.DemoAssociation association, CancellationToken ct)
    {
        if (association.Slug is not ("roslagen" or "suvs" or "insjoriket" or "sundsvall")) return;
        if (await db.Interventions.AnyAsync(ct)) return;
        _members = await db.Members.AsNoTracking().ToDictionaryAsync(m => m.Name, m => m.Id, ct);
        if (association.Slug == "insjoriket")
        {
            db.EndReasons.Add(new EndReason { Id = NewId(), Code = FurtherRehabilitation, Name = "Fortsatt rehabilitering", Order = 7, Group = EndGroup.MemberMeasure });
            db.EndReasons.Add(new EndReason { Id = NewId(), Code = NotReady, Name = "Inte redo för arbetslivsinriktad rehabilitering", Order = 8, Group = EndGroup.Other });
            await db.SaveChangesAsync(ct);
        }
        _reasons = await db.EndReasons.AsNoTracking().ToDictionaryAsync(r => r.Code, r => r.Id, ct);

        switch (association.Slug)
        {
            case "roslagen": Roslagen(); break;
            case "suvs": Suvs(); break;
            case "insjoriket": Insjoriket(); break;
            case "sundsvall": await SundsvallAsync(ct); break;
        }

        var settings = await db.InterventionSettings.FirstOrDefaultAsync(ct);
        if (settings is null) db.InterventionSettings.Add(new InterventionSettings { RetentionYears = RetentionYears });
        else settings.RetentionYears = RetentionYears;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Makes the person the participant staff (deltagaransvarig) of every individual intervention of the association. Safe to run again.</summary>
    public async Task GrantParticipantStaffAsync(Guid userId, CancellationToken ct)
    {
        var individual = await db.Interventions.Where(i => i.Kind == InterventionKind.Individual).Select(i => i.Id).ToListAsync(ct);
        var granted = await db.ParticipantStaff.Where(p => p.UserId == userId).Select(p => p.InterventionId).ToListAsync(ct);
        var missing = individual.Except(granted).ToList();
        if (missing.Count == 0) return;
        db.ParticipantStaff.AddRange(missing.Select(id => new ParticipantStaff { InterventionId = id, UserId = userId, GrantedAt = clock.GetUtcNow().UtcDateTime, GrantedBy = Actor }));
        await db.SaveChangesAsync(ct);
    }

    private int _sequence;

    /// <summary>Ids in the order things are added (a millisecond apart), so lists ordered by id keep the papers' order.</summary>
    private Guid NewId() => Guid.CreateVersion7(clock.GetUtcNow().AddMilliseconds(_sequence++));

    private Guid M(string name) => _members.TryGetValue(name, out var id) ? id : throw new InvalidOperationException($"Demo member {name} is missing.");

    private List<Guid> Municipalities() => [.. _members.Where(m => m.Key.EndsWith(" kommun", StringComparison.Ordinal) || m.Key.EndsWith(" stad", StringComparison.Ordinal)).Select(m => m.Value)];

    private Intervention AddIntervention(string name, InterventionKind kind, bool esf, string lead, string[] cooperating, DateOnly start, DateOnly? end,
        string? description = null, string? targetGroup = null, int? ageFrom = null, int? ageTo = null, string[]? methods = null, Guid? decision = null)
    {
        var today = SwedishTime.Today(clock);
        var intervention = new Intervention
        {
            Id = NewId(),
            Name = name,
            Description = description,
            Kind = kind,
            EsfCoFinanced = esf,
            TargetGroup = targetGroup,
            AgeFrom = ageFrom,
            AgeTo = ageTo,
            LeadMemberId = M(lead),
            CooperatingMemberIds = [.. cooperating.Where(c => c != lead).Select(M)],
            MunicipalityIds = Municipalities(),
            Methods = [.. methods ?? []],
            Start = start,
            End = end,
            Status = start > today ? InterventionStatus.Planned : end is { } e && e < today ? InterventionStatus.Ended : InterventionStatus.Ongoing,
            DecisionParagraphId = decision,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Interventions.Add(intervention);
        return intervention;
    }

    private void Staff(Intervention intervention, string role, string? member, int percent, DateOnly from, DateOnly? to) =>
        db.StaffingLines.Add(new StaffingLine { Id = NewId(), InterventionId = intervention.Id, Role = role, MemberId = member is null ? null : M(member), Percent = percent, From = from, To = to });

    private Goal AddGoal(Intervention intervention, string text, string? indicator, decimal? target, GoalMeasure measure)
    {
        var order = db.ChangeTracker.Entries<Goal>().Count(e => e.Entity.InterventionId == intervention.Id) + 1;
        var goal = new Goal { Id = NewId(), InterventionId = intervention.Id, Order = order, Text = text, Indicator = indicator, Target = target, Measure = measure };
        db.Goals.Add(goal);
        return goal;
    }

    private void FollowUp(Goal goal, DateOnly from, DateOnly to, GoalStatus status, decimal? value, string? comment) =>
        db.GoalFollowUps.Add(new GoalFollowUp { Id = NewId(), GoalId = goal.Id, From = from, To = to, Status = status, Value = value, Comment = comment, RecordedAt = SwedishTime.ToUtc(to, new TimeOnly(12, 0)), RecordedBy = Actor });

    private void Budget(Intervention intervention, int year, long cost, long? costOutcome, long esf, long? esfOutcome, int? planned) =>
        db.InterventionBudgets.Add(new InterventionBudget { InterventionId = intervention.Id, Year = year, CostBudget = cost, CostOutcome = costOutcome, EsfCostBudget = esf, EsfCostOutcome = esfOutcome, PlannedParticipants = planned });

    private Episode AddEpisode(Intervention intervention, string code, Gender gender, int birthYear, string municipality, string referrer,
        DateOnly start, DateOnly? end, string? reason, SupportSource atStart, SupportSource? atEnd)
    {
        var episode = new Episode
        {
            Id = NewId(),
            InterventionId = intervention.Id,
            Code = code,
            Gender = gender,
            BirthYear = birthYear,
            MunicipalityId = M(municipality),
            ReferringMemberId = M(referrer),
            Start = start,
            End = end,
            EndReasonId = reason is null ? null : _reasons[reason],
            SupportAtStart = atStart,
            SupportAtEnd = atEnd,
            Consent = true,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            UpdatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Episodes.Add(episode);
        return episode;
    }

    /// <summary>
    /// Simple made-up episodes for an intervention: ended ones with the given reasons, spread from
    /// <paramref name="from"/> on, and <paramref name="ongoing"/> still going (started in the last months).
    /// </summary>
    private void Participants(Intervention intervention, string prefix, List<string> reasons, DateOnly from, DateOnly lastEnd, int ongoing,
        string[] municipalities, string[] referrers, int bornFrom, int bornTo)
    {
        var today = SwedishTime.Today(clock);
        var span = Math.Max(1, lastEnd.DayNumber - from.DayNumber - 120);
        for (var n = 0; n < reasons.Count + ongoing; n++)
        {
            var gender = n % 2 == 0 ? Gender.Woman : Gender.Man;
            // Those still in the intervention live in one of the first three, members today (Insjöriket's last two have left).
            var municipality = n < reasons.Count ? municipalities[n % municipalities.Length] : municipalities[n % Math.Min(3, municipalities.Length)];
            var referrer = referrers[n * 3 % referrers.Length] is "home" ? municipality : referrers[n * 3 % referrers.Length];
            var birthYear = bornFrom + n * 7 % (bornTo - bornFrom + 1);
            var atStart = referrer switch
            {
                "Arbetsförmedlingen" => SupportSource.UnemploymentInsurance,
                "Försäkringskassan" => n % 3 == 0 ? SupportSource.ActivityOrSicknessCompensation : SupportSource.SicknessBenefit,
                _ when referrer.StartsWith("Region", StringComparison.Ordinal) || referrer.StartsWith("Västra", StringComparison.Ordinal) => SupportSource.Unknown,
                _ => SupportSource.SocialAssistance,
            };
            var code = $"{prefix}-{n + 1:000}";
            if (n < reasons.Count)
            {
                var start = from.AddDays(n * span / Math.Max(1, reasons.Count));
                var end = start.AddDays(90 + n * 29 % 120);
                if (end > lastEnd) end = lastEnd;
                var reason = reasons[n];
                var atEnd = reason switch { "work" => SupportSource.Salary, "studies" => SupportSource.StudentAid, _ => atStart };
                AddEpisode(intervention, code, gender, birthYear, municipality, referrer, start, end, reason, atStart, atEnd);
            }
            else
            {
                AddEpisode(intervention, code, gender, birthYear, municipality, referrer, today.AddDays(-20 - 23 * (n - reasons.Count)), null, null, atStart, null);
            }
        }
    }

    private static List<string> Reasons(params (string Code, int Count)[] counts)
    {
        // Interleaved, so that the reasons are spread over time rather than one after the other.
        var list = counts.SelectMany(c => Enumerable.Repeat(c.Code, c.Count)).ToList();
        var step = Enumerable.Range(7, 100).First(s => Gcd(s, list.Count) == 1);
        return [.. Enumerable.Range(0, list.Count).Select(i => list[i * step % list.Count])];
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);

    private static readonly string[] RoslagenMunicipalities = ["Norrtälje kommun", "Täby kommun", "Österåkers kommun", "Vallentuna kommun", "Danderyds kommun", "Vaxholms stad"];

    /// <summary>seeds/000 and 002.</summary>
    private void Roslagen()
    {
        string[] parties = ["Försäkringskassan", "Arbetsförmedlingen", "Region Stockholm", .. RoslagenMunicipalities];
        // The papers name no huvudman for the Roslagen part of MIA: Täby kommun is the demo's choice.
        var mia = AddIntervention(Mia, InterventionKind.Individual, esf: true, "Täby kommun", parties, DemoMiaHistory.From, DemoMiaHistory.To,
            description: "Ett myndighetsgemensamt samverkansteam med medarbetare från medlemmarna träffas varannan vecka i respektive kommun och tar emot medborgare i behov av samordnat stöd för att närma sig arbete eller studier. Därefter individuellt stöd, gruppverksamhet och förrehabiliterande arbetsträning på arbetsintegrerande sociala företag. Finansieras till cirka 50 % av Europeiska socialfonden.",
            targetGroup: "Medborgare i behov av samordnat stöd från flera parter för att närma sig arbete eller studier.",
            ageFrom: 16, ageTo: 64,
            methods: ["Myndighetsgemensamt samverkansteam", "Individuellt stöd", "Gruppverksamhet", "Förrehabiliterande arbetsträning (ASF)"]);

        var episodes = new Dictionary<string, Episode>();
        foreach (var spec in DemoMiaHistory.Episodes)
        {
            var episode = AddEpisode(mia, spec.Code, spec.Gender, spec.BirthYear, spec.Municipality, spec.Referrer, spec.Start, spec.End, spec.Reason, spec.AtStart, spec.AtEnd);
            if (spec.Move is { } move) db.EpisodeMoves.Add(new EpisodeMove { Id = NewId(), EpisodeId = episode.Id, On = move.On, MunicipalityId = M(move.Municipality) });
            foreach (var (month, hours) in spec.Hours) db.ActivityMonths.Add(new ActivityMonth { EpisodeId = episode.Id, Month = month, Hours = hours });
        }

        // seeds/002, "Projektmål", and where the steering group stood on 2020-05-12.
        var steering = new DateOnly(2020, 5, 12);
        FollowUp(AddGoal(mia, "Avslut till arbete eller studier", "Andel av de avslutade som börjat arbeta eller studera", 30, GoalMeasure.ShareEndedToWorkOrStudies),
            DemoMiaHistory.From, steering, GoalStatus.Unlikely, null, "20 % avslut till arbete (24 personer) och studier (6 personer); målet är 30 %.");
        FollowUp(AddGoal(mia, "Avslut till ordinarie arbetsförberedande insatser hos medlemmarna", "Andel av de avslutade som gått till en ordinarie insats hos en medlem", 40, GoalMeasure.ShareEndedToMemberMeasure),
            DemoMiaHistory.From, steering, GoalStatus.Unlikely, null, "38 %: 56 personer, fördelat på kommun och Arbetsförmedlingen; målet är 40 %.");
        FollowUp(AddGoal(mia, "Antal deltagare", "Antal deltagare som börjat i insatsen", 240, GoalMeasure.ParticipantsStarted),
            DemoMiaHistory.From, steering, GoalStatus.Unlikely, null, "198 deltagare, målet 240.");

        // seeds/002: the Roslagen sub-project's budget June 2020 – December 2022 was 16 650 tkr, about half
        // of it ESF; per year that is about 6.4 million. The 2020 and 2021 rows are that, by months (illustrative).
        Budget(mia, 2020, 3_760_000, 3_540_000, 1_880_000, 1_770_000, planned: 70);
        Budget(mia, 2021, 6_445_000, 6_120_000, 3_222_000, 3_060_000, planned: 70);

        // seeds/000, "Strukturella insatser" (start dates and lead parties illustrative).
        var since = new DateOnly(2020, 1, 1);
        AddIntervention("Vårddialog", InterventionKind.Structural, esf: false, "Region Stockholm", parties, since, null,
            description: "Involvera lokala vårdgivare i samverkan kring medborgare i behov av samordnat stöd.");
        AddIntervention("Forum", InterventionKind.Structural, esf: false, "Täby kommun", parties, since, null,
            description: "Gemensam information till medlemmarnas tjänstemän, till exempel om motivering av deltagare och våld i nära relationer.");
        AddIntervention("Digital insatskatalog", InterventionKind.Structural, esf: false, "Norrtälje kommun", parties, since, null,
            description: "En digital katalog där parternas insatser för stöd närmare arbete samlas.");
        AddIntervention("Samsus", InterventionKind.Structural, esf: false, "Försäkringskassan", parties, since, null,
            description: "Utveckla samarbetet kring sjukskrivna utan sjukpenning.");
        AddIntervention("Stödja arbetsintegrerande sociala företag (ASF)", InterventionKind.Structural, esf: false, "Arbetsförmedlingen", parties, since, null,
            description: "Utveckla ett nytt arbetssätt för förrehabiliterande arbetsträning: steget från sysselsättning till en vanlig arbetsträning, som oftast börjar från tio timmar i veckan.");
    }

    private static readonly string[] SuvsMunicipalities = ["Sollentuna kommun", "Upplands Väsby kommun", "Sigtuna kommun"];

    /// <summary>seeds/001: Budget 2022 och verksamhetsplan 2022–2024, sections 4.2.1, 4.2.2 and 5.3.</summary>
    private void Suvs()
    {
        string[] parties = ["Försäkringskassan", "Arbetsförmedlingen", "Region Stockholm", .. SuvsMunicipalities];
        // The paper names no huvudman for Resursteamet: Sollentuna kommun is the demo's choice.
        var team = AddIntervention(MiaVidare, InterventionKind.Individual, esf: true, "Sollentuna kommun", parties, new DateOnly(2018, 9, 1), new DateOnly(2022, 9, 30),
            description: "De myndighetsgemensamma teamen (Resursteamet), startade hösten 2018, erbjuder en bred insats till personer i behov av samordnat stöd. Sedan den 1 juni 2020 en del av det länsgemensamma ESF-projektet MIA Vidare, som avslutas i september 2022.",
            targetGroup: "Personer boende i Sollentuna, Upplands Väsby eller Sigtuna som behöver samordnat stöd från flera av parterna och inte kan få det genom ordinarie verksamhet.",
            ageFrom: 16, ageTo: 64, methods: ["Case Management", "Supported Employment", "Arbetsträning på arbetsintegrerande sociala företag"]);
        // "Personalresurser och organisation i MIA Vidare": a party where the role names one, otherwise the association itself.
        DateOnly miaFrom = new(2020, 6, 1), miaTo = new(2022, 9, 30);
        Staff(team, "Delprojektledare", null, 100, miaFrom, miaTo);
        Staff(team, "SUVS Administratör", null, 25, miaFrom, miaTo);
        Staff(team, "Handläggare AF med Supported Employment kompetens", "Arbetsförmedlingen", 100, miaFrom, miaTo);
        Staff(team, "Socialsekreterare Sollentuna", "Sollentuna kommun", 25, miaFrom, miaTo);
        Staff(team, "Case Manager Sollentuna", "Sollentuna kommun", 50, miaFrom, miaTo);
        Staff(team, "Socialsekreterare Upplands Väsby", "Upplands Väsby kommun", 20, miaFrom, miaTo);
        Staff(team, "Case Manager Upplands Väsby", "Upplands Väsby kommun", 50, miaFrom, miaTo);
        Staff(team, "Socialsekreterare/Case Manager Sigtuna", "Sigtuna kommun", 80, miaFrom, miaTo);
        Staff(team, "Handläggare FK med kompetens Socialförsäkring/Rehabilitering", "Försäkringskassan", 95, miaFrom, miaTo);
        Staff(team, "Kurator Region Stockholm", "Region Stockholm", 50, miaFrom, miaTo);
        AddGoal(team, "Stegförflyttningar", "100 % av deltagarna gör stegförflyttningar närmare arbete och egenförsörjning", 100, GoalMeasure.Entered);
        AddGoal(team, "Deltagarinflytande", "Deltagarna anser att de har en tillräcklig planering efter att de avslutats i insatsen", null, GoalMeasure.Entered);
        AddGoal(team, "Arbete och studier efter avslutad insats", "25 % av deltagarna har börjat arbeta eller studera efter en avslutad insats", 25, GoalMeasure.ShareEndedToWorkOrStudies);
        // 5.3, "Spec av Insatser" and the ESF income: 2021's forecast stands for its outcome.
        Budget(team, 2021, 4_560_000, 4_200_000, 2_500_000, 3_000_000, planned: 40);
        Budget(team, 2022, 4_000_000, null, 2_000_000, null, planned: 35);
        Participants(team, "RT", Reasons(("work", 5), ("studies", 2), ("memberMeasure", 9), ("backToReferrer", 6), ("other", 3), ("discontinued", 3)),
            new DateOnly(2020, 6, 1), miaTo, ongoing: 0, SuvsMunicipalities, ["home", "Arbetsförmedlingen", "Försäkringskassan", "Region Stockholm"], 1960, 2002);

        var hoppet = AddIntervention(Hoppet, InterventionKind.Individual, esf: true, "Upplands Väsby kommun", parties, new DateOnly(2019, 4, 1), new DateOnly(2022, 12, 31),
            description: "HOPPET, driven av Upplands Väsby kommun/Vägval Vuxen, är en mötesplats och startbräda för unga som länge varit utanför studier och arbete. Sedan den 1 april 2020 en del av ESF-projektet Rätt stöd för mig! tillsammans med två andra samordningsförbund; målgruppen utökades då från 16–29 till 35 år.",
            targetGroup: "Unga från de tre medlemskommunerna med ett uttalat behov av stöd från flera myndigheter för att börja arbeta eller studera; även utan remiss.",
            ageFrom: 16, ageTo: 35, methods: ["Supported Employment", "Supported Education", "Case Management"]);
        DateOnly rattFrom = new(2020, 4, 1), rattTo = new(2022, 6, 30);
        Staff(hoppet, "Projektledare", null, 100, rattFrom, rattTo);
        Staff(hoppet, "Coach/vägledare", null, 200, rattFrom, rattTo);
        Staff(hoppet, "Administratör", null, 50, rattFrom, rattTo);
        Staff(hoppet, "Case Manager Sollentuna", "Sollentuna kommun", 100, rattFrom, rattTo);
        Staff(hoppet, "Case Manager Upplands Väsby", "Upplands Väsby kommun", 50, rattFrom, rattTo);
        Staff(hoppet, "Case Manager Sigtuna", "Sigtuna kommun", 50, rattFrom, rattTo);
        AddGoal(hoppet, "Stegförflyttningar", "100 % av deltagarna gör stegförflyttningar närmare arbete eller studier", 100, GoalMeasure.Entered);
        AddGoal(hoppet, "Deltagarinflytande", "Deltagarna upplever att deras erfarenheter, kunskaper och synpunkter tas tillvara", null, GoalMeasure.Entered);
        AddGoal(hoppet, "Deltagarinflytande", "Deltagarna anser att stödet fått ta den tid de behövt", null, GoalMeasure.Entered);
        AddGoal(hoppet, "Arbete och studier efter avslutad insats", "35 % av deltagarna har börjat studera eller arbeta efter avslutad insats", 35, GoalMeasure.ShareEndedToWorkOrStudies);
        Budget(hoppet, 2021, 3_970_000, 3_600_000, 2_000_000, 1_550_000, planned: 45);
        Budget(hoppet, 2022, 3_500_000, null, 900_000, null, planned: 40);
        Participants(hoppet, "HO", Reasons(("work", 4), ("studies", 4), ("memberMeasure", 6), ("backToReferrer", 3), ("other", 2), ("discontinued", 3)),
            new DateOnly(2020, 4, 1), new DateOnly(2022, 12, 15), ongoing: 0, SuvsMunicipalities, ["home", "Arbetsförmedlingen", "home", "Försäkringskassan", "Region Stockholm"], 1988, 2004);
        // HOPPET is open without referral: those who gave no consent to a record are counted (illustrative figures).
        db.ParticipantCounts.Add(new ParticipantCount
        {
            Id = NewId(),
            InterventionId = hoppet.Id,
            From = new DateOnly(2021, 1, 1),
            To = new DateOnly(2021, 12, 31),
            WomenStarted = 5,
            MenStarted = 7,
            WomenActive = 8,
            MenActive = 10,
            Ended =
            [
                new ParticipantCountEnded { EndReasonId = _reasons["work"], Women = 1, Men = 2 },
                new ParticipantCountEnded { EndReasonId = _reasons["studies"], Women = 2, Men = 0 },
                new ParticipantCountEnded { EndReasonId = _reasons["discontinued"], Women = 1, Men = 3 },
            ],
            RecordedAt = SwedishTime.ToUtc(new DateOnly(2022, 1, 14), new TimeOnly(10, 0)),
            RecordedBy = Actor,
        });
    }

    private static readonly string[] InsjoriketMunicipalities = ["Mölndals stad", "Partille kommun", "Lerums kommun", "Alingsås kommun", "Härryda kommun"];

    /// <summary>seeds/003, § 1108: Balder's 59 ended (27 further rehabilitation, 14 work or studies, 14 not ready), Primus and Individsamverkansteamet.</summary>
    private void Insjoriket()
    {
        string[] parties = ["Försäkringskassan", "Arbetsförmedlingen", "Västra Götalandsregionen", .. InsjoriketMunicipalities];
        string[] referrers = ["Försäkringskassan", "home", "Arbetsförmedlingen", "Västra Götalandsregionen", "Försäkringskassan"];
        // Lead parties and start dates are illustrative; Balder was developed within the ESF project Respondere.
        var balder = AddIntervention(Balder, InterventionKind.Individual, esf: true, "Mölndals stad", parties, new DateOnly(2019, 1, 1), null,
            description: "Insats för unga vuxna med funktionsnedsättning, utvecklad med externa medel inom ESF-projektet Respondere, bland annat med case manager och psykoterapeut och ett nära samarbete med Försäkringskassans handläggare.",
            targetGroup: "Unga vuxna med funktionsnedsättning i behov av samordnat stöd.", ageFrom: 18, ageTo: 30,
            methods: ["Case Management", "Deltagarinflytande"]);
        // The 59 ended up to the board meeting of 2021-06-18; the 4 beyond 27 + 14 + 14 ended otherwise.
        Participants(balder, "BA", Reasons((FurtherRehabilitation, 27), ("work", 9), ("studies", 5), (NotReady, 14), ("other", 2), ("discontinued", 2)),
            new DateOnly(2019, 1, 14), new DateOnly(2021, 6, 15), ongoing: 0, InsjoriketMunicipalities, referrers, 1991, 2003);

        var primus = AddIntervention(Primus, InterventionKind.Individual, esf: false, "Partille kommun", parties, new DateOnly(2019, 1, 1), null,
            description: "Samordnat stöd för att närma sig arbete eller studier. Ökat inflöde under våren 2021.", ageFrom: 18, ageTo: 64);
        Participants(primus, "PR", Reasons(("work", 3), ("studies", 2), (FurtherRehabilitation, 5), ("backToReferrer", 3), ("discontinued", 1)),
            new DateOnly(2020, 1, 13), new DateOnly(2021, 12, 17), ongoing: 4, InsjoriketMunicipalities, referrers, 1965, 2002);

        var team = AddIntervention(Individsamverkansteamet, InterventionKind.Individual, esf: false, "Lerums kommun", parties, new DateOnly(2019, 1, 1), null,
            description: "Ett myndighetsgemensamt team som samordnar stödet kring den enskilde.", ageFrom: 18, ageTo: 64, methods: ["Myndighetsgemensamt team"]);
        Participants(team, "IST", Reasons(("work", 2), ("memberMeasure", 4), (FurtherRehabilitation, 3), (NotReady, 2), ("other", 1)),
            new DateOnly(2020, 2, 3), new DateOnly(2021, 11, 30), ongoing: 3, InsjoriketMunicipalities, referrers, 1962, 2001);
    }

    /// <summary>seeds/004: the job consultant at Arbetsmarknadstorget, granted in § 73 of the extra board meeting 2024-05-07.</summary>
    private async Task SundsvallAsync(CancellationToken ct)
    {
        var meetingDay = new DateOnly(2024, 5, 7);
        DateTime dayStart = SwedishTime.ToUtc(meetingDay, TimeOnly.MinValue), dayEnd = SwedishTime.ToUtc(meetingDay.AddDays(1), TimeOnly.MinValue);
        var meetings = db.Meetings.Where(m => m.StartsAt >= dayStart && m.StartsAt < dayEnd).Select(m => m.Id);
        var paragraph = await db.Paragraphs.AsNoTracking()
            .Where(p => p.Number == 73 && meetings.Contains(p.MeetingId))
            .Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);

        string[] parties = ["Sundsvalls kommun", "Arbetsförmedlingen", "Försäkringskassan", "Region Västernorrland"];
        DateOnly from = new(2024, 9, 1), to = new(2025, 12, 31);
        var consultant = AddIntervention(JobConsultant, InterventionKind.Individual, esf: false, "Sundsvalls kommun", parties, from, to,
            description: "En arbetskonsulent på Arbetsmarknadstorget (Individ- och arbetsmarknadsförvaltningen) för deltagare som inte uppbär ekonomiskt bistånd men behöver arbetslivsinriktad rehabilitering: aktualiserade från Försäkringskassan, Region Västernorrland, Arbetsförmedlingen och Vuxenutbildningen.",
            targetGroup: "Personer som saknar naturliga vägar in till arbetslivsinriktad rehabilitering för att de behöver förrehabiliterande insatser eller saknar ersättningar som öppnar dörren till andra aktörers insatser.",
            ageFrom: 18, ageTo: 64, methods: ["ISA (Individuellt stöd i arbete)", "Supported Employment"], decision: paragraph);
        Staff(consultant, "Arbetskonsulent", "Sundsvalls kommun", 100, from, to);
        // 2.1 Insatsens mål.
        AddGoal(consultant, "Deltagarna i insatsen som aktualiseras från Försäkringskassans sjukpenningsida har fått sin arbetsförmåga klarlagd", "75 % av de som aktualiseras från FK ska gå vidare till GK", 75, GoalMeasure.Entered);
        AddGoal(consultant, "Deltagarna i insatsen närmar sig egen försörjning", "Mäts med NNS indikatorenkät och sammanställs i årsrapporten", null, GoalMeasure.Entered);
        AddGoal(consultant, "Deltagarna i insatsen upplever att de fått hjälp att utveckla sätt att hantera sin situation", "Mäts med NNS indikatorenkät och sammanställs i årsrapporten", null, GoalMeasure.Entered);
        AddGoal(consultant, "Deltagarna upplever att det finns en planering som tar vid när insatsen avslutas", "Mäts med NNS indikatorenkät och sammanställs i årsrapporten", null, GoalMeasure.Entered);
        // 4. Sökta medel: 247 500 kr for September–December 2024, 726 000 kr for 2025 (outcomes illustrative); 25–30 participants a year.
        Budget(consultant, 2024, 247_500, 239_800, 0, null, planned: 10);
        Budget(consultant, 2025, 726_000, 718_400, 0, null, planned: 28);
        // Those from FK's sickness benefit side go on to the enhanced cooperation with AF (GK): a member's ordinary measure.
        Participants(consultant, "AT", Reasons(("memberMeasure", 9), ("work", 5), ("studies", 3), ("backToReferrer", 4), ("discontinued", 2)),
            from.AddDays(2), to.AddDays(-5), ongoing: 0, ["Sundsvalls kommun"], ["Försäkringskassan", "Region Västernorrland", "Arbetsförmedlingen", "Sundsvalls kommun"], 1966, 2004);
    }
}
