using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Board.Model;
using Platform.Features.Interventions.Model;
using Platform.Features.Members;
using Platform.Infrastructure;
using Platform.Infrastructure.Demo;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.Tests.Infrastructure;

/// <summary>Issue 21, item 8: the demo interventions give the seed papers' figures.</summary>
public sealed partial class DemoDataTests
{
    private static readonly DateOnly MiaFrom = new(2017, 5, 1), MiaTo = new(2022, 5, 31), SteeringGroupDay = new(2020, 5, 5);

    private static readonly Dictionary<string, int> MiaEndedByReason = new()
    {
        ["work"] = 24,
        ["studies"] = 7,
        ["memberMeasure"] = 59,
        ["backToReferrer"] = 30,
        ["other"] = 20,
        ["discontinued"] = 15,
    };

    private static readonly Dictionary<string, int> MiaActiveOnSteeringGroupDay = new()
    {
        ["Täby kommun"] = 11,
        ["Norrtälje kommun"] = 21,
        ["Österåkers kommun"] = 13,
        ["Vallentuna kommun"] = 6,
        ["Danderyds kommun"] = 4,
        ["Vaxholms stad"] = 4,
    };

    private async Task<T> InAsync<T>(string slug, Func<TenantDb, Task<T>> work)
    {
        var tenant = _platform.Service<TenantCatalog>().FindBySlug(slug)!;
        await using var scope = _platform.Service<TenantScopeFactory>().CreateScope(tenant.Id);
        return await work(scope.Services.GetRequiredService<TenantDb>());
    }

    /// <summary>The figures by the definitions every part of issue 21 shares, straight from the records.</summary>
    private sealed record Figures(int Ended, Dictionary<string, int> EndedByReason, Dictionary<string, int> EndedByGroup, Dictionary<string, int> ActiveByMunicipality);

    private Task<Figures> FiguresAsync(string slug, string intervention, DateOnly from, DateOnly to) => InAsync(slug, async db =>
    {
        var id = await db.Interventions.Where(i => i.Name == intervention).Select(i => i.Id).SingleAsync();
        var episodes = await db.Episodes.AsNoTracking().Where(e => e.InterventionId == id).ToListAsync();
        var ids = episodes.Select(e => e.Id).ToList();
        var moves = await db.EpisodeMoves.AsNoTracking().Where(m => ids.Contains(m.EpisodeId)).ToListAsync();
        var reasons = await db.EndReasons.AsNoTracking().ToDictionaryAsync(r => r.Id);
        var names = await db.Members.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name);

        // Ended in [from, to]: End in it; each episode is one ending.
        var ended = episodes.Where(e => e.End is { } end && end >= from && end <= to).Select(e => reasons[e.EndReasonId!.Value]).ToList();
        // Active on `to`: Start <= d and (End null or End >= d); the home that day is the last move on or before it, else the episode's; people by distinct code.
        var active = episodes.Where(e => e.Start <= to && (e.End is null || e.End >= to))
            .Select(e => (e.Code, Home: moves.Where(m => m.EpisodeId == e.Id && m.On <= to).OrderBy(m => m.On).Select(m => (Guid?)m.MunicipalityId).LastOrDefault() ?? e.MunicipalityId))
            .DistinctBy(a => a.Code);
        return new Figures(
            ended.Count,
            ended.GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.Count()),
            ended.GroupBy(r => r.Group.ToString()).ToDictionary(g => g.Key, g => g.Count()),
            active.GroupBy(a => names[a.Home]).ToDictionary(g => g.Key, g => g.Count()));
    });

    [Fact]
    public async Task Roslagens_mia_records_give_the_papers_155_ended_and_the_steering_groups_active_per_municipality()
    {
        var period = await FiguresAsync("roslagen", DemoInterventionSeeder.Mia, MiaFrom, MiaTo);
        Assert.Equal(155, period.Ended);
        Assert.Equal(MiaEndedByReason.OrderBy(r => r.Key), period.EndedByReason.OrderBy(r => r.Key));
        // seeds/000: 20 % to work or studies, 38 % to the members' ordinary measures, 42 % other.
        Assert.Equal(new Dictionary<string, int> { ["WorkOrStudies"] = 31, ["MemberMeasure"] = 59, ["Other"] = 65 }.OrderBy(g => g.Key), period.EndedByGroup.OrderBy(g => g.Key));
        Assert.Equal((20, 38, 42), (Percent("WorkOrStudies"), Percent("MemberMeasure"), Percent("Other")));
        int Percent(string group) => (int)Math.Round(100m * period.EndedByGroup[group] / period.Ended);

        var day = await FiguresAsync("roslagen", DemoInterventionSeeder.Mia, SteeringGroupDay, SteeringGroupDay);
        Assert.Equal(MiaActiveOnSteeringGroupDay.OrderBy(m => m.Key), day.ActiveByMunicipality.OrderBy(m => m.Key));
        Assert.Equal(59, day.ActiveByMunicipality.Values.Sum());
    }

    [Fact]
    public async Task Roslagens_mia_history_has_a_person_with_two_episodes_a_move_and_the_gender_gap_in_hours()
    {
        var (episodes, moves, hours) = await InAsync("roslagen", async db =>
        {
            var id = await db.Interventions.Where(i => i.Name == DemoInterventionSeeder.Mia).Select(i => i.Id).SingleAsync();
            var episodes = await db.Episodes.Where(e => e.InterventionId == id).ToListAsync();
            var ids = episodes.Select(e => e.Id).ToList();
            return (episodes, await db.EpisodeMoves.Where(m => ids.Contains(m.EpisodeId)).ToListAsync(), await db.ActivityMonths.Where(a => ids.Contains(a.EpisodeId)).ToListAsync());
        });

        Assert.Contains(episodes.GroupBy(e => e.Code), g => g.Count() == 2);
        var move = Assert.Single(moves);
        var moved = episodes.Single(e => e.Id == move.EpisodeId);
        Assert.NotEqual(moved.MunicipalityId, move.MunicipalityId);
        Assert.True(moved.Start < move.On && move.On <= SteeringGroupDay && moved.End >= SteeringGroupDay, "The move decides where the person is counted on the day.");
        Assert.All(episodes, e => Assert.Matches("^MIA-[0-9]{4}$", e.Code));
        Assert.True(episodes.Count(e => e.Gender == Gender.Woman) > episodes.Count(e => e.Gender == Gender.Man));

        // seeds/002: 69 women with on average 78 activity hours, 48 men with 153.
        var perEpisode = hours.GroupBy(h => h.EpisodeId).Select(g => (episodes.Single(e => e.Id == g.Key).Gender, Hours: g.Sum(h => h.Hours))).ToList();
        Assert.Equal(69, perEpisode.Count(p => p.Gender == Gender.Woman));
        Assert.Equal(48, perEpisode.Count(p => p.Gender == Gender.Man));
        Assert.Equal(78m, perEpisode.Where(p => p.Gender == Gender.Woman).Average(p => p.Hours));
        Assert.Equal(153m, perEpisode.Where(p => p.Gender == Gender.Man).Average(p => p.Hours));
        Assert.All(hours, h => Assert.Contains(episodes, e => e.Id == h.EpisodeId && h.Month >= new DateOnly(e.Start.Year, e.Start.Month, 1) && h.Month <= e.End));
    }

    [Fact]
    public async Task Roslagens_mia_figures_through_the_results_api_are_the_papers()
    {
        var token = await _platform.TokenAsync("roslagen.localhost", "roslagen-integration", "roslagen-demo-secret");
        var client = _platform.BearerClient("roslagen.localhost", token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/members")).StatusCode); // the token is good: what follows is the interventions' API
        var list = JsonDocument.Parse(await client.GetStringAsync("/api/interventions")).RootElement;
        var mia = list.EnumerateArray().Single(i => i.GetProperty("name").GetString() == DemoInterventionSeeder.Mia);
        Assert.Equal("individual", mia.GetProperty("kind").GetString());
        Assert.Equal(6, list.GetArrayLength()); // MIA and the five structural interventions of seeds/000
        var id = mia.GetProperty("id").GetString();

        using var period = await client.GetAsync($"/api/interventions/{id}/results?from=2017-05-01&to=2022-05-31");
        Assert.Equal(HttpStatusCode.OK, period.StatusCode);
        var results = JsonDocument.Parse(await period.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(155, results.GetProperty("ended").GetInt32());
        var byReason = results.GetProperty("endedByReason").EnumerateObject().Where(p => p.Value.GetInt32() > 0).ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.Equal(MiaEndedByReason.OrderBy(r => r.Key), byReason.OrderBy(r => r.Key));

        var day = JsonDocument.Parse(await client.GetStringAsync($"/api/interventions/{id}/results?from=2020-05-05&to=2020-05-05")).RootElement;
        var active = day.GetProperty("activeByMunicipality").EnumerateObject().Where(p => p.Value.GetInt32() > 0).ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.Equal(MiaActiveOnSteeringGroupDay.OrderBy(m => m.Key), active.OrderBy(m => m.Key));

        // Insjöriket's Balder the same way (seeds/003).
        var insjoriket = _platform.BearerClient("insjoriket.localhost", await _platform.TokenAsync("insjoriket.localhost", "insjoriket-integration", "insjoriket-demo-secret"));
        var balder = JsonDocument.Parse(await insjoriket.GetStringAsync("/api/interventions")).RootElement.EnumerateArray().Single(i => i.GetProperty("name").GetString() == DemoInterventionSeeder.Balder);
        var balderResults = JsonDocument.Parse(await insjoriket.GetStringAsync($"/api/interventions/{balder.GetProperty("id").GetString()}/results?from=2019-01-01&to=2021-06-18")).RootElement;
        Assert.Equal(59, balderResults.GetProperty("ended").GetInt32());
        var balderByReason = balderResults.GetProperty("endedByReason");
        Assert.Equal(27, balderByReason.GetProperty(DemoInterventionSeeder.FurtherRehabilitation).GetInt32());
        Assert.Equal(14, balderByReason.GetProperty(DemoInterventionSeeder.NotReady).GetInt32());
        Assert.Equal(14, balderByReason.GetProperty("work").GetInt32() + balderByReason.GetProperty("studies").GetInt32());
    }

    [Fact]
    public async Task Roslagens_municipalities_have_the_steering_groups_shares_of_the_population()
    {
        var populations = await InAsync("roslagen", db => db.Members.Where(m => m.Kind == MemberKind.Municipality).ToDictionaryAsync(m => m.Name, m => m.Population!.Value));
        var total = populations.Values.Sum();
        var shares = populations.ToDictionary(p => p.Key, p => (int)Math.Round(100m * p.Value / total, MidpointRounding.AwayFromZero));
        Assert.Equal(new Dictionary<string, int> { ["Täby kommun"] = 28, ["Norrtälje kommun"] = 23, ["Österåkers kommun"] = 18, ["Vallentuna kommun"] = 12, ["Danderyds kommun"] = 12, ["Vaxholms stad"] = 5 }.OrderBy(s => s.Key),
            shares.OrderBy(s => s.Key));
    }

    [Fact]
    public async Task Roslagen_has_its_structural_interventions_goals_budget_and_a_long_enough_retention()
    {
        var (interventions, goals, budgets, retention) = await InAsync("roslagen", async db => (
            await db.Interventions.ToListAsync(), await db.Goals.ToListAsync(), await db.InterventionBudgets.ToListAsync(), (await db.InterventionSettings.SingleAsync()).RetentionYears));
        Assert.Equal(["Digital insatskatalog", "Forum", "Samsus", "Stödja arbetsintegrerande sociala företag (ASF)", "Vårddialog"],
            interventions.Where(i => i.Kind == InterventionKind.Structural).Select(i => i.Name).Order(StringComparer.Ordinal));
        var mia = interventions.Single(i => i.Name == DemoInterventionSeeder.Mia);
        Assert.Equal((true, InterventionStatus.Ended, new DateOnly(2017, 5, 1), (DateOnly?)new DateOnly(2022, 5, 31)), (mia.EsfCoFinanced, mia.Status, mia.Start, mia.End));
        Assert.Equal(8, mia.CooperatingMemberIds.Count); // AF, FK, the region and the five other municipalities
        Assert.Equal([(30m, GoalMeasure.ShareEndedToWorkOrStudies), (40m, GoalMeasure.ShareEndedToMemberMeasure), (240m, GoalMeasure.ParticipantsStarted)],
            goals.Where(g => g.InterventionId == mia.Id).OrderBy(g => g.Order).Select(g => (g.Target!.Value, g.Measure)));
        Assert.Contains(budgets, b => b.InterventionId == mia.Id);
        // The 2017–2022 history outlives the first night's deletion on the test clock (2026): episodes ended in 2017 are kept until 2027.
        Assert.Equal(DemoInterventionSeeder.RetentionYears, retention);
        Assert.True(new DateOnly(2017, 5, 1).AddYears(retention) > SwedishTime.Today(_platform.Clock));
    }

    [Fact]
    public async Task Suvs_interventions_have_the_budget_papers_staffing_goals_and_money()
    {
        var (interventions, staffing, goals, budgets, names, episodes) = await InAsync("suvs", async db => (
            await db.Interventions.ToListAsync(), await db.StaffingLines.ToListAsync(), await db.Goals.ToListAsync(), await db.InterventionBudgets.ToListAsync(),
            await db.Members.ToDictionaryAsync(m => m.Id, m => m.Name), await db.Episodes.ToListAsync()));
        var team = interventions.Single(i => i.Name == DemoInterventionSeeder.MiaVidare);
        var hoppet = interventions.Single(i => i.Name == DemoInterventionSeeder.Hoppet);
        string Party(Guid? id) => id is { } v ? names[v] : "förbundet";

        Assert.Equal((16, 64), (team.AgeFrom, team.AgeTo));
        Assert.Equal((16, 35, "Upplands Väsby kommun"), (hoppet.AgeFrom, hoppet.AgeTo, names[hoppet.LeadMemberId]));
        Assert.Equal(new (string, string, int)[]
            {
                ("Delprojektledare", "förbundet", 100), ("SUVS Administratör", "förbundet", 25), ("Handläggare AF med Supported Employment kompetens", "Arbetsförmedlingen", 100),
                ("Socialsekreterare Sollentuna", "Sollentuna kommun", 25), ("Case Manager Sollentuna", "Sollentuna kommun", 50),
                ("Socialsekreterare Upplands Väsby", "Upplands Väsby kommun", 20), ("Case Manager Upplands Väsby", "Upplands Väsby kommun", 50),
                ("Socialsekreterare/Case Manager Sigtuna", "Sigtuna kommun", 80), ("Handläggare FK med kompetens Socialförsäkring/Rehabilitering", "Försäkringskassan", 95),
                ("Kurator Region Stockholm", "Region Stockholm", 50),
            }.OrderBy(s => s.Item1, StringComparer.Ordinal),
            staffing.Where(s => s.InterventionId == team.Id).Select(s => (s.Role, Party(s.MemberId), s.Percent)).OrderBy(s => s.Role, StringComparer.Ordinal));
        Assert.Equal(new (string, string, int)[]
            {
                ("Projektledare", "förbundet", 100), ("Coach/vägledare", "förbundet", 200), ("Administratör", "förbundet", 50),
                ("Case Manager Sollentuna", "Sollentuna kommun", 100), ("Case Manager Upplands Väsby", "Upplands Väsby kommun", 50), ("Case Manager Sigtuna", "Sigtuna kommun", 50),
            }.OrderBy(s => s.Item1, StringComparer.Ordinal),
            staffing.Where(s => s.InterventionId == hoppet.Id).Select(s => (s.Role, Party(s.MemberId), s.Percent)).OrderBy(s => s.Role, StringComparer.Ordinal));
        Assert.Equal([((decimal?)100m, GoalMeasure.Entered), (null, GoalMeasure.Entered), (25m, GoalMeasure.ShareEndedToWorkOrStudies)],
            goals.Where(g => g.InterventionId == team.Id).OrderBy(g => g.Order).Select(g => (g.Target, g.Measure)));
        Assert.Contains(goals, g => g.InterventionId == hoppet.Id && g.Target == 35m && g.Measure == GoalMeasure.ShareEndedToWorkOrStudies);
        Assert.Equal([(2021, 4_560_000L, 2_500_000L), (2022, 4_000_000L, 2_000_000L)], budgets.Where(b => b.InterventionId == team.Id).OrderBy(b => b.Year).Select(b => (b.Year, b.CostBudget, b.EsfCostBudget)));
        Assert.Equal([(2021, 3_970_000L, 2_000_000L), (2022, 3_500_000L, 900_000L)], budgets.Where(b => b.InterventionId == hoppet.Id).OrderBy(b => b.Year).Select(b => (b.Year, b.CostBudget, b.EsfCostBudget)));
        Assert.Contains(episodes, e => e.InterventionId == team.Id);
        Assert.Contains(episodes, e => e.InterventionId == hoppet.Id);
    }

    [Fact]
    public async Task Insjoriket_balder_ended_as_the_board_heard_on_2021_06_18()
    {
        var balder = await FiguresAsync("insjoriket", DemoInterventionSeeder.Balder, new DateOnly(2019, 1, 1), new DateOnly(2021, 6, 18));
        Assert.Equal(59, balder.Ended);
        Assert.Equal(27, balder.EndedByReason[DemoInterventionSeeder.FurtherRehabilitation]);
        Assert.Equal(14, balder.EndedByGroup["WorkOrStudies"]);
        Assert.Equal(14, balder.EndedByReason[DemoInterventionSeeder.NotReady]);
        var reasons = await InAsync("insjoriket", db => db.EndReasons.ToDictionaryAsync(r => r.Code));
        Assert.Equal(("Fortsatt rehabilitering", EndGroup.MemberMeasure), (reasons[DemoInterventionSeeder.FurtherRehabilitation].Name, reasons[DemoInterventionSeeder.FurtherRehabilitation].Group));
        Assert.Equal(("Inte redo för arbetslivsinriktad rehabilitering", EndGroup.Other), (reasons[DemoInterventionSeeder.NotReady].Name, reasons[DemoInterventionSeeder.NotReady].Group));
        foreach (var other in new[] { DemoInterventionSeeder.Primus, DemoInterventionSeeder.Individsamverkansteamet })
            Assert.True((await FiguresAsync("insjoriket", other, new DateOnly(2019, 1, 1), new DateOnly(2026, 12, 31))).Ended > 0, other);
    }

    [Fact]
    public async Task Sundsvalls_job_consultant_was_granted_in_paragraph_73_of_2024_05_07_and_ends_by_gender()
    {
        var (consultant, paragraph, meeting, staffing, goals, episodes) = await InAsync("sundsvall", async db =>
        {
            var consultant = await db.Interventions.SingleAsync(i => i.Name == DemoInterventionSeeder.JobConsultant);
            var paragraph = await db.Paragraphs.SingleAsync(p => p.Id == consultant.DecisionParagraphId);
            return (consultant, paragraph, await db.Meetings.SingleAsync(m => m.Id == paragraph.MeetingId),
                await db.StaffingLines.Where(s => s.InterventionId == consultant.Id).ToListAsync(),
                await db.Goals.Where(g => g.InterventionId == consultant.Id).ToListAsync(), await db.Episodes.Where(e => e.InterventionId == consultant.Id).ToListAsync());
        });
        Assert.Equal((73, 2024, new DateOnly(2024, 5, 7)), (paragraph.Number, paragraph.Year, SwedishTime.DateOf(meeting.StartsAt)));
        Assert.Equal("Reviderad ansökan om en arbetskonsulent till Arbetsmarknadstorget", paragraph.Title);
        var line = Assert.Single(staffing);
        Assert.Equal(("Arbetskonsulent", 100), (line.Role, line.Percent));
        Assert.Contains(goals, g => g.Target == 75m && g.Indicator!.Contains("GK", StringComparison.Ordinal));
        Assert.Contains("ISA (Individuellt stöd i arbete)", consultant.Methods);
        var ended = episodes.Where(e => e.End is not null).ToList();
        Assert.Contains(ended, e => e.Gender == Gender.Woman);
        Assert.Contains(ended, e => e.Gender == Gender.Man);
    }

    [Fact]
    public async Task Every_demo_association_has_a_participant_staff_login_keeping_its_individual_interventions()
    {
        foreach (var association in DemoAssociations.All)
        {
            var email = DemoIdentitySeeder.ParticipantStaffEmail(association.Slug);
            Assert.Equal($"insats@{association.Slug}.example", email);
            await _platform.SignInAsync($"{association.Slug}.localhost", email, DemoIdentitySeeder.Password);

            var tenant = _platform.Service<TenantCatalog>().FindBySlug(association.Slug)!;
            await using var scope = _platform.Services.CreateAsyncScope();
            var user = (await scope.ServiceProvider.GetRequiredService<PlatformUserManager>().FindByEmailAsync(email))!;
            Assert.Equal(Roles.ParticipantStaff, (await scope.ServiceProvider.GetRequiredService<CatalogDb>().MembershipAsync(user.Id, tenant.Id, CancellationToken.None))!.Role);
            var (individual, kept) = await InAsync(association.Slug, async db => (
                await db.Interventions.Where(i => i.Kind == InterventionKind.Individual).Select(i => i.Id).OrderBy(i => i).ToListAsync(),
                await db.ParticipantStaff.Where(p => p.UserId == user.Id).Select(p => p.InterventionId).OrderBy(i => i).ToListAsync()));
            Assert.Equal(individual, kept);
        }
        Assert.Equal(1, await InAsync("roslagen", db => db.ParticipantStaff.CountAsync()));
        Assert.Equal(3, await InAsync("insjoriket", db => db.ParticipantStaff.CountAsync()));
    }

    [Fact]
    public async Task Seeding_again_adds_no_interventions_episodes_or_participant_staff()
    {
        async Task<(int, int, int, int)> CountAsync() => await InAsync("insjoriket", async db =>
            (await db.Interventions.CountAsync(), await db.Episodes.CountAsync(), await db.EndReasons.CountAsync(), await db.ParticipantStaff.CountAsync()));
        var before = await CountAsync();
        await _platform.Service<DemoDataSeeder>().SeedAsync(CancellationToken.None);
        Assert.Equal(before, await CountAsync());
        Assert.Equal(8, before.Item3); // the six seeded reasons and Insjöriket's two
    }
}
