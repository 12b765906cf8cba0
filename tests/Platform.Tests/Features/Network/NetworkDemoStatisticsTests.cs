using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Network;
using Platform.Infrastructure.Demo;
using Platform.Infrastructure.Identity;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Network;

/// <summary>
/// The statistics job's figures on the demo data, against figures worked out by hand from the seed
/// papers (shared/seeds) and DemoAssociations: Sundsvall's extra meeting 2024-05-07, Insjöriket's
/// board 2021-06-18 and its members leaving, SUVS's 2022 decision, and the 2024 fees.
/// </summary>
public sealed class NetworkDemoStatisticsTests(NetworkDemoStatisticsTests.DemoPlatform platform) : IClassFixture<NetworkDemoStatisticsTests.DemoPlatform>
{
    /// <summary>The demo data, seeded once for the class (seeding takes seconds): the tests read it and add nothing it depends on.</summary>
    public sealed class DemoPlatform() : PlatformFactory(null, ("Platform:SeedDemoData", "true"));

    private readonly DemoPlatform _platform = platform;

    private async Task<JsonElement> ReportAsync(int year)
    {
        await _platform.AddPlatformPersonAsync(Roles.Network, "natverk@platform.test");
        var network = await _platform.SignInAsync("localhost", "natverk@platform.test");
        return JsonDocument.Parse(await network.GetStringAsync($"/api/network/stats?year={year}")).RootElement;
    }

    private static Dictionary<string, decimal?> Figures(JsonElement report, string slug)
    {
        var entry = report.GetProperty("associations").EnumerateArray().Single(a => a.GetProperty("slug").GetString() == slug);
        return NetworkFigures.All.ToDictionary(f => f.Key, f => entry.GetProperty(f.Key) is { ValueKind: JsonValueKind.Number } n ? n.GetDecimal() : (decimal?)null);
    }

    [Fact]
    public async Task Sundsvall_2024_is_the_seed_meeting_and_the_fees_of_that_year()
    {
        var report = await ReportAsync(2024);
        var sundsvall = Figures(report, "sundsvall");
        // FK, AF, Region Västernorrland, Sundsvalls kommun (99 000). The extra meeting 7 May, adjusted 16 May
        // (9 days), posted 17 May (the deadline was Monday 20 May): on time, 10 days. Three people on the board
        // (chair, member, substitute): hidden. Fees 2024: 94 % of 5 000 000, invoiced in four quarters and paid.
        var expected = new Dictionary<string, decimal?>
        {
            ["memberParties"] = 4,
            ["municipalities"] = 1,
            ["population"] = 99_000,
            ["boardSeatHolders"] = null,
            ["boardMeetings"] = 1,
            ["minutesAdjusted"] = 1,
            ["minutesAdjustedWithin14Days"] = 1,
            ["postingsOnTime"] = 1,
            ["postingsLate"] = 0,
            ["medianDaysToPosting"] = 10,
            ["feesDecided"] = 4_700_000,
            ["feesInvoiced"] = 4_700_000,
            ["feesPaid"] = 4_700_000,
            ["feesOverdue"] = 0,
            // Interventions (issue 21): the job consultant of § 73, from 2024-09-01: four women and four men active in
            // 2024 (each fewer than 5, so hidden), none ended yet; 239 800 kr outcome / 8 participants = 29 975 kr.
            ["interventionsIndividual"] = 1,
            ["interventionsStructural"] = 0,
            ["participantsWomen"] = null,
            ["participantsMen"] = null,
            ["endedToWorkOrStudiesWomen"] = 0,
            ["endedToWorkOrStudiesMen"] = 0,
            ["costPerParticipant"] = 29_975,
        };
        Assert.Equal(expected, sundsvall);
        var entry = report.GetProperty("associations").EnumerateArray().Single(a => a.GetProperty("slug").GetString() == "sundsvall");
        Assert.Equal("Västernorrlands län", entry.GetProperty("county").GetString());
        Assert.Equal(["boardSeatHolders", "participantsMen", "participantsWomen"], entry.GetProperty("suppressed").EnumerateArray().Select(e => e.GetString()).Order());

        // The raw count behind "färre än 5" is in the catalog, and is 3.
        await using var scope = _platform.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<CatalogDb>();
        var tenant = _platform.Service<Platform.Infrastructure.Tenancy.TenantCatalog>().FindBySlug("sundsvall")!;
        Assert.Equal(3, (await catalog.StatisticsFigures.SingleAsync(f => f.TenantId == tenant.Id.Value && f.Year == 2024 && f.Figure == "boardSeatHolders")).Value);

        // Every association's 2024 fee: 94 % of this year's, rounded down to ten thousand kronor.
        Assert.Equal(5_640_000 + 6_510_000 + 6_760_000 + 4_700_000 + 6_010_000 + 4_510_000 + 7_520_000 + 5_260_000 + 22_560_000,
            report.GetProperty("national").GetProperty("totals").GetProperty("feesDecided").GetDecimal());
        Assert.Equal(DemoAssociations.All.Count, report.GetProperty("associations").GetArrayLength());
        Assert.True(report.GetProperty("complete").GetBoolean());
    }

    [Fact]
    public async Task Insjoriket_2021_is_the_seed_meeting_and_alingsas_and_harryda_count_until_they_leave()
    {
        var y2021 = Figures(await ReportAsync(2021), "insjoriket");
        // 18 June, adjusted 28 June (10 days), posted 29 June (11 days), on time. Five municipalities:
        // Alingsås 42 000 + Härryda 39 000 + Lerum 43 000 + Mölndal 71 000 + Partille 40 000. No fee decision.
        // Nobody held a board seat at the end of 2021 (the demo seats start in 2023).
        Assert.Equal(8, y2021["memberParties"]);
        Assert.Equal(5, y2021["municipalities"]);
        Assert.Equal(235_000, y2021["population"]);
        Assert.Equal(0, y2021["boardSeatHolders"]);
        Assert.Equal(1, y2021["boardMeetings"]);
        Assert.Equal(1, y2021["minutesAdjustedWithin14Days"]);
        Assert.Equal(1, y2021["postingsOnTime"]);
        Assert.Equal(11, y2021["medianDaysToPosting"]);
        Assert.Null(y2021["feesDecided"]);

        Assert.Equal(5, Figures(await ReportAsync(2024), "insjoriket")["municipalities"]); // they leave on 31 December 2024
        Assert.Equal(3, Figures(await ReportAsync(2025), "insjoriket")["municipalities"]);
        Assert.Equal(154_000, Figures(await ReportAsync(2026), "insjoriket")["population"]);

        var y2022 = Figures(await ReportAsync(2022), "suvs");
        Assert.Equal(6_930_000, y2022["feesDecided"]); // seeds/001: the 2022 budget, never invoiced on the platform
        Assert.Equal(0, y2022["feesInvoiced"]);
    }

    [Fact]
    public async Task This_years_board_figures_agree_with_a_count_of_the_notice_boards_straight_from_each_database()
    {
        var report = await ReportAsync(2026);
        foreach (var association in DemoAssociations.All)
        {
            var tenant = _platform.Service<Platform.Infrastructure.Tenancy.TenantCatalog>().FindBySlug(association.Slug)!;
            var (onTime, late, meetings) = await _platform.InTenantAsync(tenant, async s =>
            {
                // Plain SQL, not the job's LINQ: the board's postings and held meetings whose meeting date is in 2026.
                var db = s.GetRequiredService<TenantDb>();
                var connection = db.Database.GetDbConnection();
                await connection.OpenAsync();
                async Task<long> CountAsync(string sql)
                {
                    await using var command = connection.CreateCommand();
                    command.CommandText = sql;
                    return (long)(await command.ExecuteScalarAsync())!;
                }
                const string board = "(SELECT m.Id FROM Meetings m JOIN Bodies b ON b.Id = m.BodyId WHERE b.Kind = 'Board' AND m.Status <> 'Cancelled')";
                return (await CountAsync($"SELECT COUNT(*) FROM Postings WHERE Late = 0 AND MeetingDate LIKE '2026-%' AND MeetingId IN {board}"),
                        await CountAsync($"SELECT COUNT(*) FROM Postings WHERE Late = 1 AND MeetingDate LIKE '2026-%' AND MeetingId IN {board}"),
                        await CountAsync($"SELECT COUNT(*) FROM Meetings WHERE Id IN {board} AND StartsAt LIKE '2026-%' AND StartsAt <= '2026-11-23 09:00'"));
            });
            var figures = Figures(report, association.Slug);
            Assert.True(meetings >= 4, $"{association.Slug}: the demo should have a year of board meetings, found {meetings}");
            Assert.Equal((onTime, late, meetings), ((long)figures["postingsOnTime"]!, (long)figures["postingsLate"]!, (long)figures["boardMeetings"]!));
        }
        // The demo has associations that post late, so the chart is not a row of 100 %.
        Assert.Contains(DemoAssociations.All, a => Figures(report, a.Slug)["postingsLate"] > 0);
    }
}
