using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Board.Model;
using Platform.Features.Budgets.Model;
using Platform.Features.Fees;
using Platform.Features.Fees.Model;
using Platform.Features.Grants.Model;
using Platform.Features.Integrations;
using Platform.Features.Interventions.Model;
using Platform.Features.Members;
using Platform.Infrastructure.Documents;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Support;
using Xunit.Abstractions;

namespace Platform.Tests.Infrastructure.Identity;

/// <summary>
/// shared/ISOLATION.md 5–9 and 24, over every endpoint the app maps: the list comes from the
/// endpoint data source, so an endpoint added tomorrow is crawled tomorrow without anyone
/// remembering to add it here. B's records carry CANARY-B; no response may contain it, and B's
/// database must be byte for byte the same afterwards.
/// </summary>
public sealed partial class IsolationCrawlerTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private readonly PlatformFactory _platform = new();
    private TenantInfo _a = null!;
    private TenantInfo _b = null!;
    private readonly List<Guid> _bIds = [];

    /// <summary>One method and path of an endpoint (a Razor page handler counts as its own).</summary>
    private sealed record Call(string Method, string Template, EndpointAudience Audience, bool Anonymous, string? Handler)
    {
        public bool IsWrite => Method is not ("GET" or "HEAD");
        public override string ToString() => $"{Method} {Template}{(Handler is null ? "" : $"?handler={Handler}")}";
    }

    public async Task InitializeAsync()
    {
        _a = await _platform.ProvisionAsync("alfa", "Samordningsförbundet Alfa");
        _b = await _platform.ProvisionAsync("beta", "Samordningsförbundet Beta");
        await _platform.ProvisionAsync("vilande");
        await _platform.Service<TenantProvisioner>().SetStatusAsync("vilande", TenantStatus.Suspended, CancellationToken.None);

        foreach (var (tenant, canary) in new[] { (_a, "CANARY-A"), (_b, "CANARY-B") })
        {
            // The same member name in both (ISOLATION.md: deliberately equal values), canaries elsewhere.
            var memberId = Guid.NewGuid();
            await _platform.InTenantAsync(tenant, async s =>
            {
                var db = s.GetRequiredService<TenantDb>();
                db.Members.Add(new Member { Id = memberId, Kind = MemberKind.Municipality, Name = "Norrtälje kommun", InvoiceEmail = $"{canary}@kommun.example", MemberFrom = new DateOnly(2015, 1, 1) });
                // The region's name carries no canary: the public application form (/ansok) lists the members on the association's own host.
                db.Members.Add(new Member { Id = Guid.NewGuid(), Kind = MemberKind.Region, Name = $"Region {tenant.Slug}", InvoiceEmail = $"{canary}@region.example", MemberFrom = new DateOnly(2015, 1, 1) });
                await db.SaveChangesAsync();
            });
            await _platform.QueueAsync(tenant, EmailTestKit.Message($"{canary}-1", $"{canary} kallelse", $"{canary.ToLowerInvariant()}@example.org"));
            await _platform.AddPersonAsync(tenant, Roles.Admin, $"{canary.ToLowerInvariant()}-admin@{tenant.Slug}.test");
            await using var scope = _platform.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IntegrationClients>()
                .RegisterConfidentialAsync(tenant.Id, $"{tenant.Slug}-integration", $"{canary} integration", null, "test", CancellationToken.None, $"{tenant.Slug}-secret");
            await scope.ServiceProvider.GetRequiredService<IntegrationClients>().SetWriteAsync(tenant.Id, $"{tenant.Slug}-integration", true, "test", CancellationToken.None);
            var boardIds = await SeedBoardAsync(tenant, canary);
            var feeIds = await SeedFeesAsync(tenant, canary, memberId);
            var interventionIds = await SeedInterventionsAsync(tenant, canary, memberId);
            var grantIds = await SeedGrantsAsync(tenant, canary, memberId, interventionIds[0]);
            var budgetIds = await SeedBudgetsAsync(tenant, canary, memberId, interventionIds[0]);
            if (tenant == _b)
            {
                _bIds.AddRange(boardIds);
                _bIds.AddRange(feeIds);
                _bIds.AddRange(interventionIds);
                _bIds.AddRange(grantIds);
                _bIds.AddRange(budgetIds);
                _bIds.Add(memberId);
                _bIds.Add((await _platform.OutboxAsync(_b)).Single().Id);
            }
        }
        // B has an audit log and a pending invitation with canaries too.
        await _platform.SignInAsync("beta.localhost", "canary-b-admin@beta.test");
        await using (var scope = _platform.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogDb>();
            db.Invitations.Add(new Invitation { Id = Guid.NewGuid(), TenantId = _b.Id.Value, Email = "CANARY-B-INVITED@EXAMPLE.ORG", Role = Roles.Board, TokenHash = "b", CreatedAt = _platform.Clock.GetUtcNow().UtcDateTime, ExpiresAt = _platform.Clock.GetUtcNow().UtcDateTime.AddDays(7) });
            await db.SaveChangesAsync();
            _bIds.Add(db.Invitations.Single().Id);
            _bIds.AddRange(db.Memberships.Where(m => m.TenantId == _b.Id.Value).Select(m => m.Id)); // its admin and its deltagaransvarig
        }
        await _platform.AddPersonAsync(_a, Roles.Auditor, "revisor@alfa.test");
        await _platform.AddPlatformPersonAsync(Roles.Network, "natverk@platform.test");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>
    /// A body with a standard agenda item, person, seat, meeting with agenda and a public and a private paper, minutes with
    /// attendance, an adjuster, a paragraph, and a notice: every record the board endpoints take by id.
    /// What the public notice board shows carries no canary (it is public on B's own host); everything
    /// else does, the paragraph marked not for publication included, so the public board is crawled too.
    /// </summary>
    private async Task<List<Guid>> SeedBoardAsync(TenantInfo tenant, string canary) =>
        await _platform.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            var store = s.GetRequiredService<IDocumentStore>();
            var body = new Body { Id = Guid.NewGuid(), Kind = BodyKind.Board, Name = "Styrelsen" };
            var contact = new Contact { Id = Guid.NewGuid(), Name = $"{canary} ledamot", Email = $"{canary.ToLowerInvariant()}-ledamot@example.org" };
            var seat = new Seat { Id = Guid.NewGuid(), BodyId = body.Id, ContactId = contact.Id, Kind = SeatKind.Member, From = new DateOnly(2023, 1, 1) };
            var meeting = new Meeting { Id = Guid.NewGuid(), BodyId = body.Id, StartsAt = new DateTime(2026, 11, 17, 12, 0, 0, DateTimeKind.Utc), EndsAt = new DateTime(2026, 11, 17, 14, 0, 0, DateTimeKind.Utc), Place = $"{canary} rum" };
            var item = new AgendaItem { Id = Guid.NewGuid(), MeetingId = meeting.Id, Order = 1, Title = $"{canary} ärende" };
            var templateItem = new AgendaTemplateItem { Id = Guid.NewGuid(), BodyId = body.Id, Order = 1, Title = $"{canary} mallpunkt", ProposedDecision = $"{canary} förslag" };
            var papers = new List<Paper>();
            foreach (var (isPublic, text) in new[] { (true, "offentlig bilaga"), (false, $"{canary} handling") })
            {
                var stored = await store.SaveAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "text/plain; charset=utf-8", CancellationToken.None);
                papers.Add(new Paper { Id = Guid.NewGuid(), MeetingId = meeting.Id, AgendaItemId = item.Id, FileName = isPublic ? "Bilaga 1.txt" : $"{canary}.txt", ContentType = stored.ContentType, Length = stored.Length, StorageKey = stored.Key, IsPublic = isPublic, UploadedAt = _platform.Clock.GetUtcNow().UtcDateTime });
            }
            var minutes = new Minutes { MeetingId = meeting.Id, Status = MinutesStatus.Draft, Chair = "Ordförande Olsson", Secretary = "Sekreterare Svensson", KeptAt = "Kansliet", SentBackAt = _platform.Clock.GetUtcNow().UtcDateTime, SentBackBy = "Justerare Jansson", SentBackComment = $"{canary} synpunkt" };
            // The attendance line is taken from the seat (the person in the register), and a substitute serves for it.
            var attendance = new Attendance { Id = Guid.NewGuid(), MeetingId = meeting.Id, Order = 1, Name = $"{canary} närvarande", ContactId = contact.Id, SeatId = seat.Id, Role = AttendanceRole.Member, Present = false };
            var substitute = new Attendance { Id = Guid.NewGuid(), MeetingId = meeting.Id, Order = 2, Name = $"{canary} ersättare", Role = AttendanceRole.Substitute, Present = true, ServingForId = attendance.Id, ServingFor = attendance.Name, ServingFromParagraph = 1 };
            var adjuster = new Adjuster { Id = Guid.NewGuid(), MeetingId = meeting.Id, Name = "Justerare Jansson", Email = "justerare@example.org", ContactId = contact.Id };
            var paragraph = new Paragraph { Id = Guid.NewGuid(), MeetingId = meeting.Id, BodyId = body.Id, Year = 2026, Number = 1, Title = $"{canary} paragraf", Decision = $"{canary} beslut", Recusals = [$"{canary} jävig"], NotForPublication = true };
            var posting = new Posting
            {
                Id = Guid.NewGuid(),
                MeetingId = meeting.Id,
                BodyName = body.Name,
                Paragraphs = "§ 1",
                KeptAt = "Kansliet",
                PostedBy = $"{canary}@example.org",
                MeetingDate = new DateOnly(2026, 11, 17),
                AdjustedOn = new DateOnly(2026, 11, 20),
                PostedOn = new DateOnly(2026, 11, 20),
                PostingDeadline = new DateOnly(2026, 11, 23),
                LastAppealDay = new DateOnly(2026, 12, 11),
                EarliestTakedown = new DateOnly(2026, 12, 12),
                PostedAt = _platform.Clock.GetUtcNow().UtcDateTime,
            };
            db.AddRange(body, contact, seat, meeting, item, templateItem, minutes, attendance, substitute, adjuster, paragraph, posting);
            db.Papers.AddRange(papers);
            await db.SaveChangesAsync();
            return new List<Guid> { body.Id, contact.Id, seat.Id, meeting.Id, item.Id, templateItem.Id, papers[0].Id, papers[1].Id, attendance.Id, substitute.Id, adjuster.Id, paragraph.Id, posting.Id };
        });

    /// <summary>A fee decision, an invoice, a credit note, a payment and an imported file: every record the fee endpoints take by id.</summary>
    private async Task<List<Guid>> SeedFeesAsync(TenantInfo tenant, string canary, Guid memberId) =>
        await _platform.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            var decision = new FeeDecision { Id = Guid.NewGuid(), Year = 2026, Total = 1000, SavedBy = $"{canary}@example.org", Reference = $"{canary} beslut" };
            decision.Shares.Add(new FeeShare { Id = Guid.NewGuid(), DecisionId = decision.Id, MemberId = memberId, Member = $"{canary} kommun", Kind = MemberKind.Municipality, Weight = 1, MonthMask = 0xFFF, Amount = 1000 });
            Invoice Invoice(InvoiceKind kind, int number, Guid? credits) => new()
            {
                Id = Guid.NewGuid(),
                Number = number,
                Kind = kind,
                Key = $"{kind}:{number}",
                MemberId = memberId,
                Year = 2026,
                Period = "2026",
                PeriodStart = new DateOnly(2026, 1, 1),
                PeriodEnd = new DateOnly(2026, 12, 31),
                Text = $"{canary} medlemsavgift",
                InvoiceDate = new DateOnly(2026, 1, 15),
                DueDate = new DateOnly(2026, 2, 14),
                Net = 100_000,
                Ocr = credits is null ? Ocr.For(number) : null,
                CreditsInvoiceId = credits,
                BuyerName = $"{canary} kommun",
                BuyerEmail = $"{canary.ToLowerInvariant()}@kommun.example",
                SellerName = $"{canary} förbund",
                SellerOrganisationNumber = "222000-1016",
                SellerStreet = "Box 1",
                SellerPostalCode = "111 11",
                SellerCity = "Ort",
                Bankgiro = "991-2346",
                CreatedBy = $"{canary}@example.org",
            };
            var invoice = Invoice(InvoiceKind.Invoice, 1001, null);
            var credit = Invoice(InvoiceKind.CreditNote, 1002, invoice.Id);
            var import = new PaymentImport { Id = Guid.NewGuid(), FileName = $"{canary}.txt", Sha256 = canary, FileTimestamp = canary, Bankgiro = "991-2346", ImportedBy = $"{canary}@example.org" };
            var payment = new Payment { Id = Guid.NewGuid(), InvoiceId = null, Amount = 500, PaidOn = new DateOnly(2026, 2, 1), Reference = "99999", Payer = $"{canary} betalare", Source = PaymentSource.BgMax, ImportId = import.Id, RegisteredBy = $"{canary}@example.org" };
            // A payment of the invoice that was reversed (issue 19): the reversal endpoints take a payment's id.
            var reversed = new Payment { Id = Guid.NewGuid(), InvoiceId = invoice.Id, Amount = 700, PaidOn = new DateOnly(2026, 2, 2), Source = PaymentSource.Manual, Note = $"{canary} anteckning", RegisteredBy = $"{canary}@example.org", ReversedAt = new DateTime(2026, 2, 3, 9, 0, 0, DateTimeKind.Utc), ReversedBy = $"{canary}@example.org", ReversalReason = $"{canary} skäl" };
            db.AddRange(decision, invoice, credit, import, payment, reversed);
            await db.SaveChangesAsync();
            return new List<Guid> { decision.Id, invoice.Id, credit.Id, import.Id, payment.Id, reversed.Id };
        });

    /// <summary>
    /// An intervention with a staffing line, a goal and its follow-up, a budget, a participant record with a move
    /// and activity hours, counts, an association's own reason for ending, and a deltagaransvarig: every record
    /// the intervention endpoints take by id (issue 21). The record's code carries the canary too.
    /// </summary>
    private async Task<List<Guid>> SeedInterventionsAsync(TenantInfo tenant, string canary, Guid memberId)
    {
        var staffer = (await _platform.AddPersonAsync(tenant, Roles.ParticipantStaff, $"{canary.ToLowerInvariant()}-insats@{tenant.Slug}.test")).Id;
        return await _platform.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            var region = db.Members.Single(m => m.Kind == MemberKind.Region).Id;
            var intervention = new Intervention { Id = Guid.NewGuid(), Name = $"{canary} insats", Description = $"{canary} beskrivning", Kind = InterventionKind.Individual, LeadMemberId = memberId, CooperatingMemberIds = [region], MunicipalityIds = [memberId], Start = new DateOnly(2024, 1, 1), Status = InterventionStatus.Ongoing, CreatedAt = _platform.Clock.GetUtcNow().UtcDateTime };
            var staffing = new StaffingLine { Id = Guid.NewGuid(), InterventionId = intervention.Id, Role = $"{canary} handläggare", MemberId = region, Percent = 50, From = new DateOnly(2024, 1, 1) };
            var goal = new Goal { Id = Guid.NewGuid(), InterventionId = intervention.Id, Order = 1, Text = $"{canary} mål", Target = 25, Measure = GoalMeasure.ShareEndedToWorkOrStudies };
            var followUp = new GoalFollowUp { Id = Guid.NewGuid(), GoalId = goal.Id, From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 6, 30), Status = GoalStatus.Likely, Comment = $"{canary} kommentar", RecordedAt = _platform.Clock.GetUtcNow().UtcDateTime, RecordedBy = $"{canary}@example.org" };
            var reason = new EndReason { Id = Guid.NewGuid(), Code = $"{canary.ToLowerInvariant()}-skal", Name = $"{canary} skäl", Order = 7, Group = EndGroup.Other };
            var episode = new Episode { Id = Guid.NewGuid(), InterventionId = intervention.Id, Code = $"{canary}-0001", Gender = Gender.Woman, BirthYear = 1990, MunicipalityId = memberId, ReferringMemberId = region, Start = new DateOnly(2025, 3, 1), End = new DateOnly(2026, 2, 28), EndReasonId = reason.Id, SupportAtStart = SupportSource.SocialAssistance, SupportAtEnd = SupportSource.Salary, Consent = true, CreatedAt = _platform.Clock.GetUtcNow().UtcDateTime, UpdatedAt = _platform.Clock.GetUtcNow().UtcDateTime };
            var move = new EpisodeMove { Id = Guid.NewGuid(), EpisodeId = episode.Id, On = new DateOnly(2025, 9, 1), MunicipalityId = memberId };
            var hours = new ActivityMonth { EpisodeId = episode.Id, Month = new DateOnly(2025, 3, 1), Hours = 40 };
            var count = new ParticipantCount { Id = Guid.NewGuid(), InterventionId = intervention.Id, From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 6, 30), WomenStarted = 3, MenStarted = 2, WomenActive = 7, MenActive = 6, RecordedAt = _platform.Clock.GetUtcNow().UtcDateTime, RecordedBy = $"{canary}@example.org" };
            count.Ended.Add(new ParticipantCountEnded { CountId = count.Id, EndReasonId = reason.Id, Women = 1, Men = 1 });
            var budget = new InterventionBudget { InterventionId = intervention.Id, Year = 2026, CostBudget = 1_000_000, EsfCostBudget = 0, PlannedParticipants = 40 };
            var staff = new ParticipantStaff { InterventionId = intervention.Id, UserId = staffer, GrantedAt = _platform.Clock.GetUtcNow().UtcDateTime, GrantedBy = $"{canary}@example.org" };
            db.AddRange(intervention, staffing, goal, followUp, reason, episode, move, hours, count, budget, staff);
            await db.SaveChangesAsync();
            return new List<Guid> { intervention.Id, staffing.Id, goal.Id, followUp.Id, reason.Id, episode.Id, move.Id, count.Id };
        });
    }

    /// <summary>
    /// A granted funding application with every record the grant endpoints take by id (issue 22): a cooperating party,
    /// an answer, a goal, a budget line, an attachment, a submitted version, history, a supplement request, a
    /// recommendation, a conflict of interest, a year's grant, a paid and a planned payment, and a report with a
    /// reminder. Everything carries the canary; the access keys' hashes match no key the crawl sends.
    /// </summary>
    private async Task<List<Guid>> SeedGrantsAsync(TenantInfo tenant, string canary, Guid memberId, Guid interventionId) =>
        await _platform.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            var now = _platform.Clock.GetUtcNow().UtcDateTime;
            var region = db.Members.Single(m => m.Kind == MemberKind.Region).Id;
            var section = db.TemplateSections.OrderBy(x => x.Order).First().Id;
            var cost = db.CostTypes.OrderBy(x => x.Order).First().Id;
            var stored = await s.GetRequiredService<IDocumentStore>().SaveAsync(new MemoryStream(Encoding.UTF8.GetBytes($"{canary} bilaga")), "text/plain; charset=utf-8", CancellationToken.None);
            var application = new FundingApplication
            {
                Id = Guid.NewGuid(),
                Number = 1,
                State = ApplicationState.Granted,
                Title = $"{canary} ansökan",
                Summary = $"{canary} sammanfattning",
                PeriodStart = new DateOnly(2026, 1, 1),
                PeriodEnd = new DateOnly(2026, 12, 31),
                ApplicantMemberId = memberId,
                ApplicantOrganisation = $"{canary} förvaltning",
                ContactName = $"{canary} kontakt",
                ContactEmail = $"{canary.ToLowerInvariant()}@sokande.example",
                AccessKeyHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{canary}-utkast"))),
                AccessKeyIssuedAt = now,
                CreatedAt = now,
                UpdatedAt = now,
                SubmittedAt = now,
                DecidedOn = new DateOnly(2026, 2, 1),
                Conditions = $"{canary} villkor",
                InterventionId = interventionId,
            };
            var party = new ApplicationParty { Id = Guid.NewGuid(), ApplicationId = application.Id, Order = 1, MemberId = region, Organisation = $"{canary} samverkanspart", ContactEmail = $"{canary.ToLowerInvariant()}@part.example" };
            var answer = new SectionAnswer { ApplicationId = application.Id, SectionId = section, Text = $"{canary} bakgrund" };
            var goal = new ApplicationGoal { Id = Guid.NewGuid(), ApplicationId = application.Id, Order = 1, Text = $"{canary} mål", Indicator = $"{canary} indikator" };
            var line = new BudgetLine { Id = Guid.NewGuid(), ApplicationId = application.Id, CostTypeId = cost, Specification = $"{canary} specifikation" };
            line.Amounts.Add(new BudgetAmount { LineId = line.Id, Year = 2026, Amount = 100_000 });
            var attachment = new ApplicationAttachment { Id = Guid.NewGuid(), ApplicationId = application.Id, FileName = $"{canary}-bilaga.txt", ContentType = "text/plain; charset=utf-8", Length = stored.Length, StorageKey = stored.Key, UploadedAt = now };
            var version = new ApplicationVersion { Id = Guid.NewGuid(), ApplicationId = application.Id, Number = 1, SubmittedAt = now, Content = $$"""{"title":"{{canary}} ansökan"}""" };
            var history = new ApplicationEvent { Id = Guid.NewGuid(), ApplicationId = application.Id, At = now, Actor = $"{canary}@example.org", Text = $"{canary} händelse", State = ApplicationState.Granted };
            var supplement = new SupplementRequest { Id = Guid.NewGuid(), ApplicationId = application.Id, Message = $"{canary} komplettering", RequestedAt = now, RequestedBy = $"{canary}@example.org", AnsweredAt = now };
            var recommendation = new Recommendation { Id = Guid.NewGuid(), ApplicationId = application.Id, Kind = RecommendationKind.Grant, Comment = $"{canary} förslag", RecordedAt = now, RecordedBy = $"{canary}@example.org" };
            var conflict = new ConflictOfInterest { Id = Guid.NewGuid(), ApplicationId = application.Id, Name = $"{canary} jävig", Reason = ConflictReason.Declared, RecordedAt = now, RecordedBy = $"{canary}@example.org" };
            var year = new GrantYear { ApplicationId = application.Id, Year = 2026, Amount = 100_000 };
            var paid = new GrantPayment { Id = Guid.NewGuid(), ApplicationId = application.Id, Year = 2026, Order = 1, Amount = 50_000, Condition = PaymentCondition.AgreementSigned, PaidOn = new DateOnly(2026, 3, 1), PaidBy = $"{canary}@example.org" };
            var planned = new GrantPayment { Id = Guid.NewGuid(), ApplicationId = application.Id, Year = 2026, Order = 2, Amount = 50_000, Condition = PaymentCondition.ReportApproved };
            var report = new GrantReport
            {
                Id = Guid.NewGuid(),
                ApplicationId = application.Id,
                Year = 2026,
                Kind = ReportKind.HalfYear,
                PeriodStart = new DateOnly(2026, 1, 1),
                PeriodEnd = new DateOnly(2026, 6, 30),
                DueOn = new DateOnly(2026, 8, 14),
                State = ReportState.Submitted,
                AccessKeyHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{canary}-rapport"))),
                Women = 3,
                Men = 2,
                Text = $"{canary} redovisning",
                SubmittedAt = now,
            };
            report.Costs.Add(new ReportCost { ReportId = report.Id, CostTypeId = cost, Amount = 40_000 });
            report.Ended.Add(new ReportEnded { ReportId = report.Id, ReasonCode = "work", Women = 1, Men = 0 });
            var reminder = new ReportReminder { ReportId = report.Id, Step = ReminderStep.BeforeDue, SentAt = now };
            db.AddRange(application, party, answer, goal, line, attachment, version, history, supplement, recommendation, conflict, year, paid, planned, report, reminder);
            await db.SaveChangesAsync();
            return new List<Guid> { application.Id, party.Id, goal.Id, line.Id, attachment.Id, version.Id, history.Id, supplement.Id, recommendation.Id, conflict.Id, paid.Id, planned.Id, report.Id };
        });

    /// <summary>
    /// A budget for 2026 (the year the crawler gives every {year}) with a member's, an intervention's and an entered
    /// line, a revision proposal, a contribution offer, a SIE import with its amounts, a mapping, outcome by hand and
    /// a member's annual report: every record the budget endpoints take by id or year, all with canaries.
    /// </summary>
    private async Task<List<Guid>> SeedBudgetsAsync(TenantInfo tenant, string canary, Guid memberId, Guid interventionId) =>
        await _platform.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            var now = _platform.Clock.GetUtcNow().UtcDateTime;
            var member = new BudgetItem { Id = Guid.NewGuid(), Group = BudgetGroup.MemberContributions, Name = $"{canary} medlemsavgift", MemberId = memberId, Order = 1 };
            var intervention = new BudgetItem { Id = Guid.NewGuid(), Group = BudgetGroup.Interventions, Name = $"{canary} insats", InterventionId = interventionId, Order = 1 };
            var entered = new BudgetItem { Id = Guid.NewGuid(), Group = BudgetGroup.Administration, Heading = $"{canary} rubrik", Name = $"{canary} styrelse", Order = 1, Indexed = true };
            var adopted = new Budget { Id = Guid.NewGuid(), Year = 2026, Version = 1, State = BudgetState.Adopted, OpeningBalance = 1_000_000, AdoptedOn = new DateOnly(2025, 11, 20), AdoptedReference = $"{canary} § 1", Note = $"{canary} budget", CreatedAt = now, CreatedBy = $"{canary}@test", UpdatedAt = now };
            var revision = new Budget { Id = Guid.NewGuid(), Year = 2026, Version = 2, State = BudgetState.Proposal, Note = $"{canary} revidering", CreatedAt = now, CreatedBy = $"{canary}@test", UpdatedAt = now };
            foreach (var budget in new[] { adopted, revision })
                foreach (var item in new[] { member, intervention, entered })
                    budget.Rows.Add(new BudgetRow { BudgetId = budget.Id, ItemId = item.Id, Amount = 123_456, Forecast = 120_000, Plan1 = 124_000, Plan2 = 125_000 });
            var offer = new ContributionOffer { Id = Guid.NewGuid(), Year = 2026, Party = OfferParty.Region, Amount = 1_000_000, Note = $"{canary} erbjudande", UpdatedAt = now, UpdatedBy = $"{canary}@test" };
            var import = new SieImport
            {
                Id = Guid.NewGuid(),
                FileHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canary))),
                FileName = $"{canary}.se",
                OrganisationNumber = "222222-2226",
                CompanyName = $"{canary} förbund",
                Program = $"{canary} bokföring",
                FiscalYearStart = new DateOnly(2026, 1, 1),
                FiscalYearEnd = new DateOnly(2026, 12, 31),
                ImportedAt = now,
                ImportedBy = $"{canary}@test",
            };
            import.Amounts.Add(new SieAmount { ImportId = import.Id, Account = "6110", AccountName = $"{canary} konto", Year = 2026, Month = 3, AmountOre = 12_345_00 });
            import.Amounts.Add(new SieAmount { ImportId = import.Id, Account = "6990", AccountName = $"{canary} omappat", Year = 2026, Month = 3, AmountOre = 1_00 });
            var mapping = new AccountMapping { Account = "6110", ItemId = entered.Id, UpdatedAt = now, UpdatedBy = $"{canary}@test" };
            var outcome = new OutcomeEntry { Id = Guid.NewGuid(), ItemId = member.Id, Year = 2026, Month = 2, Amount = 500_000, Note = $"{canary} utfall", EnteredAt = now, EnteredBy = $"{canary}@test" };
            var report = new MemberReportSent { MemberId = memberId, Year = 2025, QueuedAt = now, Email = $"{canary}@kommun.example" };
            db.AddRange(member, intervention, entered, adopted, revision, offer, import, mapping, outcome, report);
            await db.SaveChangesAsync();
            return new List<Guid> { member.Id, intervention.Id, entered.Id, adopted.Id, revision.Id, offer.Id, import.Id, outcome.Id };
        });

    public void Dispose() => _platform.Dispose();

    private List<Call> Calls()
    {
        var calls = new List<Call>();
        foreach (var endpoint in _platform.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var audience = endpoint.AudienceOf()!.Value;
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var template = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>() is { } page)
            {
                calls.Add(new("GET", template, audience, anonymous, null)); // every page answers GET, with or without OnGet
                calls.AddRange(page.HandlerMethods.Where(h => !string.Equals(h.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase) || h.Name is not null)
                    .Select(h => new Call(h.HttpMethod.ToUpperInvariant(), template, audience, anonymous, h.Name)));
            }
            else
            {
                var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                calls.AddRange(methods.Select(m => new Call(m, template, audience, anonymous, null)));
            }
        }
        Assert.True(calls.Count > 20, $"only {calls.Count} calls found");
        return calls.Distinct().ToList();
    }

    [GeneratedRegex(@"\{\*{0,2}([^}:=?]+)[^}]*\}")]
    private static partial Regex Parameter();

    /// <summary>The path with every route parameter filled with <paramref name="id"/> (a catch-all gets it too; a year gets 2026).</summary>
    private static string PathOf(Call call, Guid id)
    {
        // A year ({year:int}) gets the year both associations have fee records for; every other parameter the id.
        var path = Parameter().Replace(call.Template, m => m.Value.Contains(":int", StringComparison.Ordinal) ? "2026" : id.ToString());
        return call.Handler is null ? path : $"{path}?handler={call.Handler}";
    }

    private static bool HasParameters(Call call) => Parameter().IsMatch(call.Template);

    private static bool HasIdParameters(Call call) => Parameter().Matches(call.Template).Any(m => !m.Value.Contains(":int", StringComparison.Ordinal));

    private static HttpRequestMessage Request(Call call, string path, string? antiforgery = null)
    {
        var request = new HttpRequestMessage(new HttpMethod(call.Method), path);
        if (call.IsWrite)
        {
            request.Content = path.StartsWith("/api/", StringComparison.Ordinal)
                ? new StringContent("""{"kind":"Municipality","name":"Intrång","memberFrom":"2020-01-01"}""", Encoding.UTF8, "application/json")
                : new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery ?? "", ["membership"] = Guid.Empty.ToString(), ["clientId"] = "beta-integration", ["canWrite"] = "false" });
            if (antiforgery is not null) request.Headers.Add("RequestVerificationToken", antiforgery);
        }
        return request;
    }

    /// <summary>401, 403, 404, or a redirect to sign in or to "no access" on the same host.</summary>
    private static bool Refused(HttpResponseMessage response, string host)
    {
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound) return true;
        if (response.StatusCode != HttpStatusCode.Redirect) return false;
        var to = response.Headers.Location!;
        if (to.IsAbsoluteUri && to.Host != host) return false;
        var path = to.IsAbsoluteUri ? to.AbsolutePath : to.OriginalString;
        return path.StartsWith("/konto/logga-in", StringComparison.Ordinal) || path.StartsWith("/konto/ingen-behorighet", StringComparison.Ordinal);
    }

    /// <summary>401, or a redirect to sign in or to "no access": the authentication and authorization middleware's answers.</summary>
    private static bool RefusedBeforeHandler(HttpResponseMessage response, string host) =>
        response.StatusCode is HttpStatusCode.Unauthorized || response.StatusCode == HttpStatusCode.Redirect && Refused(response, host);

    /// <summary>Sends every call to <paramref name="host"/> with <paramref name="authorize"/>; returns what was not refused, and fails on any CANARY-B.</summary>
    private async Task<List<string>> CrawlAsync(string host, IEnumerable<Call> calls, Action<HttpRequestMessage> authorize, string? antiforgery = null)
    {
        var client = _platform.RawClient(host);
        var notRefused = new List<string>();
        var sent = 0;
        foreach (var call in calls)
        {
            foreach (var id in HasParameters(call) ? _bIds : [Guid.Empty])
            {
                using var request = Request(call, PathOf(call, id), antiforgery);
                authorize(request);
                using var response = await client.SendAsync(request);
                sent++;
                var body = await response.Content.ReadAsStringAsync();
                Assert.False(body.Contains("CANARY-B", StringComparison.OrdinalIgnoreCase), $"{call} on {host} leaked CANARY-B ({(int)response.StatusCode})");
                Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
                if (!call.Anonymous && !Refused(response, host)) notRefused.Add($"{call} → {(int)response.StatusCode} {response.Headers.Location}");
                // Turned away before any handler ran (the policies look at the host and the role, never at a record):
                // the other ids cannot change that answer, so they are not sent. A 403 or 404 may come from a handler
                // that read the id, so every id is still tried for those, and for anonymous endpoints.
                if (!call.Anonymous && RefusedBeforeHandler(response, host)) break;
            }
        }
        output.WriteLine($"{host}: {sent} requests");
        return notRefused;
    }

    private string Checksum(TenantInfo tenant)
    {
        SqliteConnection.ClearAllPools();
        return Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(_platform.TenantFile(tenant.DatabaseName))));
    }

    private static Action<HttpRequestMessage> Cookie(string cookie) => r => r.Headers.Add("Cookie", cookie);

    private static Action<HttpRequestMessage> Bearer(string token) => r => r.Headers.Authorization = new("Bearer", token);

    [Fact]
    public async Task As_cookie_and_token_are_refused_on_every_endpoint_of_Bs_host_and_nothing_of_B_leaks()
    {
        var before = Checksum(_b);
        var calls = Calls().Where(c => c.Audience is EndpointAudience.Tenant or EndpointAudience.TenantOrPlatform).ToList();
        var cookie = await _platform.SessionCookieAsync("alfa.localhost", "canary-a-admin@alfa.test");
        var token = await _platform.TokenAsync("alfa.localhost", "alfa-integration", "alfa-secret");

        var byCookie = await CrawlAsync("beta.localhost", calls, Cookie(cookie));
        var byToken = await CrawlAsync("beta.localhost", calls, Bearer(token));
        // A's deltagaransvarig (issue 21) keeps participant records at home, and has none of B's.
        var staff = await _platform.SessionCookieAsync("alfa.localhost", "canary-a-insats@alfa.test");
        var byStaff = await CrawlAsync("beta.localhost", calls, Cookie(staff));

        Assert.Empty(byCookie);
        Assert.Empty(byToken);
        Assert.Empty(byStaff);
        Assert.Equal(before, Checksum(_b));
    }

    [Fact]
    public async Task As_admin_on_As_host_with_Bs_ids_gets_not_found_everywhere()
    {
        var before = Checksum(_b);
        // A year is not a record of B's: /avgifter/beslut/2026 is A's own decision (crawled for canaries by the other tests).
        var calls = Calls().Where(c => c.Audience is EndpointAudience.Tenant or EndpointAudience.TenantOrPlatform && HasIdParameters(c)).ToList();
        Assert.NotEmpty(calls);
        var admin = await _platform.SignInAsync("alfa.localhost", "canary-a-admin@alfa.test");
        var antiforgery = AntiforgeryToken(await admin.GetStringAsync("/admin/personer"));
        var token = await _platform.TokenAsync("alfa.localhost", "alfa-integration", "alfa-secret");

        foreach (var call in calls)
        {
            foreach (var id in _bIds)
            {
                foreach (var (client, label) in new[] { (admin, "cookie"), (_platform.BearerClient("alfa.localhost", token), "token") })
                {
                    using var request = Request(call, PathOf(call, id), antiforgery);
                    using var response = await client.SendAsync(request);
                    var body = await response.Content.ReadAsStringAsync();
                    Assert.DoesNotContain("CANARY-B", body, StringComparison.OrdinalIgnoreCase);
                    // 404, not 403: whether B's record exists must not leak. A token on a cookie-only page is sent to sign in.
                    Assert.True(response.StatusCode == HttpStatusCode.NotFound || label == "token" && Refused(response, "alfa.localhost"),
                        $"{call} with B's id {id} by {label}: {(int)response.StatusCode}");
                }
            }
        }
        Assert.Equal(before, Checksum(_b));
    }

    [Fact]
    public async Task An_auditor_can_write_nowhere_in_the_association()
    {
        var before = Checksum(_a);
        var writes = Calls().Where(c => c.Audience is EndpointAudience.Tenant && c.IsWrite && !c.Anonymous
            && !c.Template.StartsWith("/konto", StringComparison.Ordinal)).ToList();
        output.WriteLine(string.Join(Environment.NewLine, writes));
        Assert.Contains(writes, c => c.Template.TrimEnd('/') == "/api/members" && c.Method == "POST");
        Assert.Contains(writes, c => c.Template == "/admin/personer" && c.Handler == "Invite");
        var auditor = await _platform.SignInAsync("alfa.localhost", "revisor@alfa.test");
        var antiforgery = AntiforgeryToken(await auditor.GetStringAsync("/konto/byt-losenord"));

        var allowed = new List<string>();
        foreach (var call in writes)
        {
            using var request = Request(call, PathOf(call, Guid.NewGuid()), antiforgery);
            using var response = await auditor.SendAsync(request);
            if (!Refused(response, "alfa.localhost")) allowed.Add($"{call} → {(int)response.StatusCode}");
        }

        Assert.Empty(allowed);
        Assert.Equal(before, Checksum(_a));
    }

    [Fact]
    public async Task Platform_principals_open_no_association_and_association_principals_open_no_platform_page()
    {
        var tenantCalls = Calls().Where(c => c.Audience is EndpointAudience.Tenant).ToList();
        var platformCalls = Calls().Where(c => c.Audience is EndpointAudience.Platform).ToList();
        // The network's statistics (issue 8) are among them: the export, the refresh, the dashboard, and the admins' own page.
        Assert.Contains(platformCalls, c => c.Template == "/api/network/stats" && c.Method == "GET");
        Assert.Contains(platformCalls, c => c.Template == "/api/network/stats/refresh" && c.Method == "POST");
        Assert.Contains(platformCalls, c => c.Template == "/natverk");
        Assert.Contains(tenantCalls, c => c.Template == "/admin/statistik");
        var network = await _platform.SessionCookieAsync("localhost", "natverk@platform.test");
        var networkToken = await _platform.NetworkTokenAsync();
        var associationCookie = await _platform.SessionCookieAsync("alfa.localhost", "canary-a-admin@alfa.test");
        var associationToken = await _platform.TokenAsync("alfa.localhost", "alfa-integration", "alfa-secret");

        Assert.Empty(await CrawlAsync("alfa.localhost", tenantCalls, Cookie(network)));
        Assert.Empty(await CrawlAsync("alfa.localhost", tenantCalls, Bearer(networkToken)));
        Assert.Empty(await CrawlAsync("localhost", platformCalls, Cookie(associationCookie)));
        Assert.Empty(await CrawlAsync("localhost", platformCalls, Bearer(associationToken)));
        // The network sees its own page, and no operator's.
        var networkClient = await _platform.SignInAsync("localhost", "natverk@platform.test");
        Assert.Equal(HttpStatusCode.OK, (await networkClient.GetAsync("/natverk")).StatusCode);
        Assert.Empty(await CrawlAsync("localhost", platformCalls.Where(c => c.Template is "/drift" or "/hangfire/{**path}" or "/hangfire"), Cookie(network)));
    }

    [Fact]
    public async Task An_antiforgery_token_from_As_host_is_refused_on_Bs_host_even_with_its_cookie()
    {
        var raw = _platform.RawClient("alfa.localhost");
        using var page = await raw.GetAsync("/konto/logga-in");
        var cookie = IdentityTestKit.CookieFrom(page, "samordning-af");
        var token = AntiforgeryToken(await page.Content.ReadAsStringAsync());

        async Task<HttpStatusCode> PostAsync(string host)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/konto/glomt-losenord")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Email"] = "canary-b-admin@beta.test" }),
            };
            request.Headers.Add("Cookie", cookie);
            return (await _platform.RawClient(host).SendAsync(request)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync("beta.localhost"));
        Assert.Empty(await _platform.OutboxAsync(_b).ContinueWith(t => t.Result.Where(m => m.CarriesSecret).ToList()));
        Assert.Equal(HttpStatusCode.OK, await PostAsync("alfa.localhost")); // the same token is good at home
    }

    [Fact]
    public async Task Every_form_post_without_an_antiforgery_token_is_refused_even_for_the_admin()
    {
        var before = Checksum(_a);
        var posts = Calls().Where(c => c.Method == "POST" && c.Audience is EndpointAudience.Tenant or EndpointAudience.TenantOrPlatform
            && !c.Template.StartsWith("/api/", StringComparison.Ordinal) && !c.Template.StartsWith("/connect/", StringComparison.Ordinal)).ToList();
        Assert.Contains(posts, c => c.Template == "/konto/logga-in");
        var admin = await _platform.SignInAsync("alfa.localhost", "canary-a-admin@alfa.test");

        var accepted = new List<string>();
        foreach (var call in posts)
        {
            using var request = Request(call, PathOf(call, Guid.NewGuid()), antiforgery: null); // the form field is empty
            using var response = await admin.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.BadRequest) accepted.Add($"{call} → {(int)response.StatusCode}");
        }

        Assert.Empty(accepted);
        Assert.Equal(before, Checksum(_a));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    private static string AntiforgeryToken(string html) => AntiforgeryField().Match(html).Groups[1].Value;
}
