using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Features.Board.Model;
using Platform.Features.Fees;
using Platform.Features.Grants.Model;
using Platform.Features.Interventions.Model;
using Platform.Features.Members;
using Platform.Infrastructure;
using Platform.Infrastructure.Demo;
using Platform.Infrastructure.Identity;

namespace Platform.Tests.Infrastructure;

/// <summary>Issue 22, item 8: Sundsvall's application decided in § 73, and an application in each open state elsewhere.</summary>
public sealed partial class DemoDataTests
{
    [Fact]
    public async Task Sundsvalls_application_is_the_papers_with_its_parties_budget_and_two_versions()
    {
        var (a, members, parties, goals, lines, versions, supplements, recommendations) = await InAsync("sundsvall", async db =>
        {
            var a = await db.FundingApplications.AsNoTracking().SingleAsync();
            return (a, await db.Members.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name),
                await db.ApplicationParties.AsNoTracking().Where(p => p.ApplicationId == a.Id).OrderBy(p => p.Order).ToListAsync(),
                await db.ApplicationGoals.AsNoTracking().Where(g => g.ApplicationId == a.Id).OrderBy(g => g.Order).ToListAsync(),
                await db.BudgetLines.AsNoTracking().Include(l => l.Amounts).Where(l => l.ApplicationId == a.Id).ToListAsync(),
                await db.ApplicationVersions.AsNoTracking().Where(v => v.ApplicationId == a.Id).OrderBy(v => v.Number).ToListAsync(),
                await db.SupplementRequests.AsNoTracking().Where(s => s.ApplicationId == a.Id).ToListAsync(),
                await db.Recommendations.AsNoTracking().Where(r => r.ApplicationId == a.Id).OrderBy(r => r.RecordedAt).ToListAsync());
        });
        Assert.Equal(("Arbetskonsulent med uppdrag från andra än ekonomiskt bistånd", new DateOnly(2024, 9, 1), new DateOnly(2025, 12, 31)), (a.Title, a.PeriodStart!.Value, a.PeriodEnd!.Value));
        Assert.Equal(("Individ- och arbetsmarknadsförvaltningen", "IAF Arbete och försörjning", "Denise Wallén, förvaltningsdirektör", "212000-2411"),
            (a.ApplicantOrganisation, a.ApplicantUnit, a.ApplicantSignatory, a.ApplicantOrganisationNumber));
        Assert.Equal(("Denise Wallén", "060-19 22 79", "Sundsvalls kommun"), (a.ContactName, a.ContactPhone, members[a.ApplicantMemberId!.Value]));
        Assert.EndsWith(".example", a.ContactEmail, StringComparison.Ordinal);
        Assert.Equal(a.PaymentAccount, Bankgiro.Normalize(a.PaymentAccount));

        Assert.Equal(["Arbetsförmedlingen", "Försäkringskassan", "Region Västernorrland"], parties.Select(p => members[p.MemberId!.Value]));
        Assert.Equal(("Sundsvall", "Peter Pettersson"), (parties[0].Unit, parties[0].ContactName));
        Assert.Equal(("SFT", "Mikael Broman", "Camilla Steen"), (parties[1].Unit, parties[1].Signatory, parties[1].ContactName));
        Assert.Equal("Karin Nordström", parties[2].ContactName);
        Assert.All(parties, p => Assert.EndsWith(".example", p.ContactEmail, StringComparison.Ordinal));

        Assert.Equal(4, goals.Count);
        Assert.Equal("75 % av de som aktualiseras från FK ska gå vidare till GK.", goals[0].Indicator);
        // 4. Sökta medel: 225 000 + 15 000 + 7 500 = 247 500 kr for 2024; 681 000 + 30 000 + 15 000 = 726 000 kr for 2025.
        Assert.Equal([7_500, 15_000, 225_000], lines.Select(l => l.Amounts.Single(x => x.Year == 2024).Amount).Order());
        Assert.Equal(247_500, lines.Sum(l => l.Amounts.Single(x => x.Year == 2024).Amount));
        Assert.Equal(726_000, lines.Sum(l => l.Amounts.Single(x => x.Year == 2025).Amount));

        // Submitted, a supplement asked for, and the revised application the minutes name.
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.All(versions, v => Assert.NotNull(v.PdfStorageKey));
        using var revised = JsonDocument.Parse(versions[1].Content);
        Assert.Equal(a.Title, revised.RootElement.GetProperty("title").GetString());
        Assert.Contains("bransch-SFI", revised.RootElement.GetProperty("summary").GetString(), StringComparison.Ordinal);
        // The shape the public form saves: sections by key, budget cells by cost type and year.
        Assert.Contains("bransch-SFI", revised.RootElement.GetProperty("sections").GetProperty("targetGroup").GetString(), StringComparison.Ordinal);
        Assert.Equal(973_500, revised.RootElement.GetProperty("budget").EnumerateObject().Sum(c => long.Parse(c.Value.GetString()!, System.Globalization.CultureInfo.InvariantCulture)));
        using var first = JsonDocument.Parse(versions[0].Content);
        Assert.DoesNotContain("bransch-SFI", first.RootElement.GetProperty("sections").GetProperty("targetGroup").GetString(), StringComparison.Ordinal);
        Assert.NotNull(Assert.Single(supplements).AnsweredAt);
        Assert.Equal([RecommendationKind.AskForSupplement, RecommendationKind.Grant], recommendations.Select(r => r.Kind));
    }

    [Fact]
    public async Task Sundsvalls_grant_was_decided_in_paragraph_73_without_jonas_vast_and_is_paid_as_the_minutes_say()
    {
        var (a, granted, conflict, paragraph, meeting, item, papers, payments, reports, intervention, events) = await InAsync("sundsvall", async db =>
        {
            var a = await db.FundingApplications.AsNoTracking().SingleAsync();
            var paragraph = await db.Paragraphs.AsNoTracking().SingleAsync(p => p.Id == a.DecisionParagraphId);
            return (a,
                await db.GrantYears.AsNoTracking().Where(g => g.ApplicationId == a.Id).ToDictionaryAsync(g => g.Year, g => g.Amount),
                await db.ConflictsOfInterest.AsNoTracking().SingleAsync(c => c.ApplicationId == a.Id),
                paragraph, await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == paragraph.MeetingId),
                await db.AgendaItems.AsNoTracking().SingleAsync(i => i.Id == a.AgendaItemId),
                await db.Papers.AsNoTracking().Where(p => p.AgendaItemId == a.AgendaItemId).ToListAsync(),
                await db.GrantPayments.AsNoTracking().Where(p => p.ApplicationId == a.Id).OrderBy(p => p.Year).ThenBy(p => p.Order).ToListAsync(),
                await db.GrantReports.AsNoTracking().Include(r => r.Costs).Include(r => r.Ended).Where(r => r.ApplicationId == a.Id).ToListAsync(),
                await db.Interventions.AsNoTracking().SingleAsync(i => i.Id == a.InterventionId),
                await db.ApplicationEvents.AsNoTracking().Where(e => e.ApplicationId == a.Id).OrderBy(e => e.At).ToListAsync());
        });
        Assert.Equal(ApplicationState.Granted, a.State);
        Assert.Equal(new Dictionary<int, long> { [2024] = 247_500, [2025] = 726_000 }, granted);
        Assert.Equal((73, 2024, new DateOnly(2024, 5, 7), new DateOnly(2024, 5, 7)), (paragraph.Number, paragraph.Year, SwedishTime.DateOf(meeting.StartsAt), a.DecidedOn!.Value));
        Assert.StartsWith("Under förutsättning att förbundet får bidrag från huvudmännen för 2025 enligt förslaget som nu ligger", a.Conditions, StringComparison.Ordinal);

        // The conflict of interest, the item it is on and the paragraph drafted from it.
        Assert.Equal(("Jonas Väst", ConflictReason.RepresentsApplicant), (conflict.Name, conflict.Reason));
        Assert.Equal(item.Id, paragraph.AgendaItemId);
        Assert.Equal(meeting.Id, item.MeetingId);
        Assert.Equal(["Jonas Väst"], item.Recusals);
        Assert.Equal(["Jonas Väst"], paragraph.Recusals);
        Assert.Equal("application/pdf", Assert.Single(papers).ContentType);

        // The intervention the grant pays for, linked both ways.
        Assert.Equal(a.Id, intervention.FundingApplicationId);
        Assert.Equal(DemoInterventionSeeder.JobConsultant, intervention.Name);

        // Half of each year when the agreement is signed, the rest after the board approved that year's report.
        Assert.Equal((new DateOnly(2024, 5, 27), "Denise Wallén"), (a.AgreementSignedOn!.Value, a.AgreementSignedBy));
        Assert.Equal(
            [(2024, 123_750L, PaymentCondition.AgreementSigned, true), (2024, 123_750L, PaymentCondition.ReportApproved, true),
             (2025, 363_000L, PaymentCondition.AgreementSigned, true), (2025, 363_000L, PaymentCondition.ReportApproved, false)],
            payments.Select(p => (p.Year, p.Amount, p.Condition, p.PaidOn is not null)));
        Assert.Equal(new DateOnly(2025, 1, 1), payments[2].NotBefore);
        Assert.All(granted, g => Assert.Equal(g.Value, payments.Where(p => p.Year == g.Key).Sum(p => p.Amount)));
        var annual2024 = reports.Single(r => r is { Year: 2024, Kind: ReportKind.Annual });
        Assert.Equal(ReportState.Approved, annual2024.State);
        Assert.True(payments[1].PaidOn > annual2024.ApprovedOn);
        Assert.DoesNotContain(reports, r => r is { Year: 2024, Kind: ReportKind.HalfYear });
        var half2025 = reports.Single(r => r is { Year: 2025, Kind: ReportKind.HalfYear });
        Assert.Equal(ReportState.Approved, half2025.State);
        Assert.True(half2025.Women > 0 && half2025.Men > 0 && half2025.FiguresFromFollowUp);
        Assert.Equal(360_200, half2025.Costs.Sum(c => c.Amount));
        // The last payment waits for 2025's annual report: planned, not ready.
        var annual2025 = reports.Single(r => r is { Year: 2025, Kind: ReportKind.Annual });
        Assert.Equal((ReportState.Pending, new DateOnly(2026, 2, 14)), (annual2025.State, annual2025.DueOn));

        Assert.Contains(events, e => e.Text.StartsWith("Reviderad ansökan inskickad", StringComparison.Ordinal));
        Assert.Equal(ApplicationState.Granted, events.Last(e => e.State is not null).State);
    }

    [Fact]
    public async Task Roslagen_has_an_application_in_each_open_state_with_two_member_parties_a_budget_and_history()
    {
        var (applications, members, parties, lines, versions, events, supplements, items) = await InAsync("roslagen", async db => (
            await db.FundingApplications.AsNoTracking().OrderBy(a => a.Number).ToListAsync(),
            await db.Members.AsNoTracking().Select(m => m.Id).ToListAsync(),
            await db.ApplicationParties.AsNoTracking().ToListAsync(),
            await db.BudgetLines.AsNoTracking().Include(l => l.Amounts).ToListAsync(),
            await db.ApplicationVersions.AsNoTracking().ToListAsync(),
            await db.ApplicationEvents.AsNoTracking().ToListAsync(),
            await db.SupplementRequests.AsNoTracking().ToListAsync(),
            await db.AgendaItems.AsNoTracking().Select(i => i.Id).ToListAsync()));

        Assert.Equal(
            [ApplicationState.Draft, ApplicationState.Submitted, ApplicationState.InPreparation, ApplicationState.SupplementRequested, ApplicationState.ToBoard],
            applications.Select(a => a.State).Order());
        foreach (var a in applications)
        {
            var memberParties = parties.Where(p => p.ApplicationId == a.Id).Select(p => p.MemberId!.Value).Append(a.ApplicantMemberId!.Value).Distinct().ToList();
            Assert.True(memberParties.Count >= 2, a.Title);
            Assert.All(memberParties, m => Assert.Contains(m, members));
            Assert.Contains(lines, l => l.ApplicationId == a.Id && l.Amounts.Any(x => x.Amount > 0));
            Assert.Contains(events, e => e.ApplicationId == a.Id && e.State == a.State);
            Assert.Equal(a.State == ApplicationState.Draft ? 0 : 1, versions.Count(v => v.ApplicationId == a.Id));
        }

        var draft = applications.Single(a => a.State == ApplicationState.Draft);
        Assert.Equal(SecretTokens.Hash(DemoGrantSeeder.RoslagenDraftKey), draft.AccessKeyHash);
        var supplement = applications.Single(a => a.State == ApplicationState.SupplementRequested);
        Assert.Equal(SecretTokens.Hash(DemoGrantSeeder.RoslagenSupplementKey), supplement.AccessKeyHash);
        Assert.Null(Assert.Single(supplements, s => s.ApplicationId == supplement.Id).AnsweredAt);
        Assert.Contains(applications.Single(a => a.State == ApplicationState.ToBoard).AgendaItemId!.Value, items);
        // Submitted ones have no open link (until a supplement is asked for).
        Assert.All(applications.Where(a => a.State is not (ApplicationState.Draft or ApplicationState.SupplementRequested)), a => Assert.Null(a.AccessKeyHash));
    }

    [Fact]
    public async Task Seeding_again_adds_no_applications_versions_events_payments_or_agenda_items()
    {
        async Task<(int, int, int, int, int, int)> CountAsync(string slug) => await InAsync(slug, async db => (
            await db.FundingApplications.CountAsync(), await db.ApplicationVersions.CountAsync(), await db.ApplicationEvents.CountAsync(),
            await db.GrantPayments.CountAsync(), await db.AgendaItems.CountAsync(), await db.Papers.CountAsync()));
        var (sundsvall, roslagen) = (await CountAsync("sundsvall"), await CountAsync("roslagen"));
        await _platform.Service<DemoDataSeeder>().SeedAsync(CancellationToken.None);
        Assert.Equal(sundsvall, await CountAsync("sundsvall"));
        Assert.Equal(roslagen, await CountAsync("roslagen"));
        Assert.Equal((1, 2), (sundsvall.Item1, sundsvall.Item2));
        Assert.Equal(5, roslagen.Item1);
    }
}
