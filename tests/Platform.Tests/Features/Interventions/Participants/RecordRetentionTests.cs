using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Interventions.Model;
using Platform.Features.Interventions.Participants;
using Platform.Infrastructure.Identity;
using Platform.Persistence;
using Platform.Tests.Features.Board;
using Platform.Tests.Support;

namespace Platform.Tests.Features.Interventions.Participants;

/// <summary>The nightly deletion of old participant records, the counts, the participant staff and the settings (fake clock: 2026-11-23).</summary>
public sealed class RecordRetentionTests(ParticipantsFixture f) : IClassFixture<ParticipantsFixture>
{
    private async Task<Guid> EpisodeAsync(string code, DateOnly start, DateOnly? end)
    {
        var id = Guid.NewGuid();
        await f.Platform.InTenantAsync(f.Roslagen, async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            db.Episodes.Add(new Episode
            {
                Id = id,
                InterventionId = f.Aktivitetshuset,
                Code = code,
                Gender = Gender.Man,
                BirthYear = 1980,
                MunicipalityId = f.Norrtalje,
                ReferringMemberId = f.Region,
                Start = start,
                End = end,
                EndReasonId = end is null ? null : InterventionModel.SeededReasons[0].Id,
                SupportAtStart = SupportSource.Unknown,
            });
            db.EpisodeMoves.Add(new EpisodeMove { Id = Guid.NewGuid(), EpisodeId = id, On = start.AddDays(10), MunicipalityId = f.Taby });
            db.ActivityMonths.Add(new ActivityMonth { EpisodeId = id, Month = new DateOnly(start.Year, start.Month, 1), Hours = 20 });
            await db.SaveChangesAsync();
        });
        return id;
    }

    private Task<int> RunAsync() => f.Platform.InTenantAsync(f.Roslagen, s => s.GetRequiredService<RecordRetention>().DeleteExpiredAsync(CancellationToken.None));

    private Task<(int Episodes, int Moves, int Months)> LeftAsync(Guid id) => f.Platform.InTenantAsync(f.Roslagen, async s =>
    {
        var db = s.GetRequiredService<TenantDb>();
        return (await db.Episodes.CountAsync(e => e.Id == id), await db.EpisodeMoves.CountAsync(m => m.EpisodeId == id), await db.ActivityMonths.CountAsync(m => m.EpisodeId == id));
    });

    [Fact]
    public async Task Records_are_deleted_with_their_moves_and_months_once_the_retention_years_after_their_end_have_passed()
    {
        // Two years (the default) after the end: 2024-11-22 + 2 = 2026-11-22, before today (2026-11-23): deleted.
        var old = await EpisodeAsync("OLD-1", new DateOnly(2023, 1, 10), new DateOnly(2024, 11, 22));
        // 2024-11-23 + 2 = today: kept until tomorrow.
        var today = await EpisodeAsync("EDGE-1", new DateOnly(2023, 1, 10), new DateOnly(2024, 11, 23));
        var later = await EpisodeAsync("LATER-1", new DateOnly(2024, 3, 1), new DateOnly(2025, 6, 30));
        var ongoing = await EpisodeAsync("ONGOING-1", new DateOnly(2015, 3, 1), null);

        Assert.True(await RunAsync() >= 1);
        Assert.Equal((0, 0, 0), await LeftAsync(old));
        Assert.Equal((1, 1, 1), await LeftAsync(today));
        Assert.Equal((1, 1, 1), await LeftAsync(later));
        Assert.Equal((1, 1, 1), await LeftAsync(ongoing));
        var entry = Assert.Single(await f.Platform.AuditAsync(f.Roslagen), e => e.Event == AuditEvents.ParticipantRecordsDeleted);
        Assert.StartsWith("1 deltagarpost gallrad", entry.Detail, StringComparison.Ordinal);

        f.Platform.Clock.Advance(TimeSpan.FromDays(1));
        f.Platform.Clock.Advance(new DateOnly(2027, 7, 2).DayNumber * TimeSpan.FromDays(1) - new DateOnly(2026, 11, 24).DayNumber * TimeSpan.FromDays(1));
        Assert.Equal(2, await RunAsync());
        Assert.Equal((0, 0, 0), await LeftAsync(today));
        Assert.Equal((0, 0, 0), await LeftAsync(later));
        Assert.Equal((1, 1, 1), await LeftAsync(ongoing));
        Assert.Equal(0, await RunAsync());
        Assert.Equal(2, (await f.Platform.AuditAsync(f.Roslagen)).Count(e => e.Event == AuditEvents.ParticipantRecordsDeleted));
    }

    [Fact]
    public void The_job_is_on_the_schedule()
    {
        var schedule = f.Platform.Service<Platform.Infrastructure.Jobs.RecurringTenantJobs>();
        Assert.NotNull(schedule.FindByType(typeof(RecordRetentionJob)));
    }

    [Fact]
    public async Task Admins_and_the_interventions_staff_enter_counts_the_board_may_not_and_bad_counts_are_refused()
    {
        var admin = await f.Platform.AddPersonAsync(f.Roslagen, Roles.Admin, "kansli-antal@roslagen.test");
        var adminClient = await f.ClientOfAsync(admin.Email!);
        var path = $"/api/interventions/{f.Mia}/counts";
        var (saved, _) = await adminClient.SendAsync(HttpMethod.Post, path, new
        {
            from = "2025-01-01",
            to = "2025-06-30",
            womenStarted = 3,
            menStarted = 2,
            womenActive = 5,
            menActive = 4,
            ended = new[] { new { reason = "work", women = 1, men = 1 }, new { reason = "memberMeasure", women = 2, men = 0 } },
        });
        Assert.Equal(HttpStatusCode.OK, saved);
        var staff = await f.ClientOfAsync(ParticipantsFixture.MiaStaff);
        var (bad, errors) = await staff.SendAsync(HttpMethod.Post, path, new
        {
            from = "2025-03-01",
            to = "2025-02-01",
            womenStarted = 3,
            womenActive = 1,
            ended = new[] { new { reason = "holiday", women = 1, men = 0 } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        var fields = errors.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Contains("to", fields);
        Assert.Contains("womenActive", fields);
        Assert.Contains("ended[0].reason", fields);
        var (overlap, _) = await staff.SendAsync(HttpMethod.Post, path, new { from = "2025-06-01", to = "2025-12-31" });
        Assert.Equal(HttpStatusCode.BadRequest, overlap);

        var board = await f.Platform.AddPersonAsync(f.Roslagen, Roles.Board, "ledamot-antal@roslagen.test");
        var boardClient = await f.ClientOfAsync(board.Email!);
        Assert.Equal(HttpStatusCode.Forbidden, (await boardClient.SendAsync(HttpMethod.Post, path, new { from = "2026-01-01", to = "2026-06-30" })).Status);
        var (read, counts) = await boardClient.SendAsync(HttpMethod.Get, path);
        Assert.Equal(HttpStatusCode.OK, read);
        var count = Assert.Single(counts.EnumerateArray());
        Assert.Equal(5, count.GetProperty("womenActive").GetInt32());
        Assert.Equal(2, count.GetProperty("ended").GetArrayLength());
        Assert.Contains(await f.Platform.AuditAsync(f.Roslagen), e => e.Event == AuditEvents.ParticipantCountsChanged && e.Subject == "MIA");
    }

    [Fact]
    public async Task An_admin_gives_and_takes_the_role_per_intervention_and_the_staff_then_reaches_the_records_or_not()
    {
        var person = await f.Platform.AddPersonAsync(f.Roslagen, Roles.ParticipantStaff, "ny-ansvarig@roslagen.test");
        var staff = await f.ClientOfAsync(person.Email!);
        var records = $"/api/interventions/{f.Mia}/participants";
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(records)).StatusCode);

        var admin = await f.Platform.SignInAsync(PlatformFactory.HostOf(f.Roslagen), (await f.Platform.AddPersonAsync(f.Roslagen, Roles.Admin, "kansli-roll@roslagen.test")).Email!);
        var page = $"/insatser/{f.Mia}/deltagaransvariga";
        Assert.Contains("ny-ansvarig@roslagen.test", await admin.GetStringAsync(page), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(page, page + "?handler=Grant", ("userId", person.Id.ToString()))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(records)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(page, page + "?handler=Revoke", ("userId", person.Id.ToString()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(records)).StatusCode);
        Assert.Equal(2, (await f.Platform.AuditAsync(f.Roslagen)).Count(e => e.Event == AuditEvents.ParticipantStaffChanged && e.Subject == "MIA" && e.Detail!.Contains("ny-ansvarig", StringComparison.Ordinal)));
        Assert.NotEqual(HttpStatusCode.OK, (await staff.GetAsync(page)).StatusCode);
    }

    [Fact]
    public async Task The_settings_add_rename_and_retire_a_reason_and_keep_the_retention_between_1_and_10_years()
    {
        var admin = await f.Platform.SignInAsync(PlatformFactory.HostOf(f.Roslagen), (await f.Platform.AddPersonAsync(f.Roslagen, Roles.Admin, "kansli-inst@roslagen.test")).Email!);
        const string Page = "/admin/insatser";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(Page, Page + "?handler=Add", ("Reason.Name", "Flyttat från länet"), ("Reason.Group", "Other"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostFormAsync(Page, Page + "?handler=Add", ("Reason.Name", "Arbete"), ("Reason.Group", "Other"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostFormAsync(Page, Page + "?handler=Retention", ("Retention.RetentionYears", "11"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(Page, Page + "?handler=Retention", ("Retention.RetentionYears", "3"))).StatusCode);
        var reason = await f.Platform.InTenantAsync(f.Roslagen, s => s.GetRequiredService<TenantDb>().EndReasons.AsNoTracking().SingleAsync(r => r.Name == "Flyttat från länet"));
        Assert.Equal("flyttat-fran-lanet", reason.Code);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(Page, Page + "?handler=Rename", ("reasonId", reason.Id.ToString()), ("Rename.Name", "Flyttat"), ("Rename.Group", "Other"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(Page, Page + "?handler=Retire", ("reasonId", reason.Id.ToString()), ("retire", "true"))).StatusCode);
        var after = await f.Platform.InTenantAsync(f.Roslagen, s => s.GetRequiredService<TenantDb>().EndReasons.AsNoTracking().SingleAsync(r => r.Id == reason.Id));
        Assert.Equal(("Flyttat", true), (after.Name, after.Retired));
        Assert.Equal(3, await f.Platform.InTenantAsync(f.Roslagen, s => ParticipantRecords.RetentionYearsAsync(s.GetRequiredService<TenantDb>(), CancellationToken.None)));

        // A retired reason is not on the list for a new ending.
        var staff = await f.ClientOfAsync(ParticipantsFixture.MiaStaff);
        var (status, _) = await staff.SendAsync(HttpMethod.Post, $"/api/interventions/{f.Mia}/participants", new
        {
            code = "RET-1",
            gender = "Man",
            birthYear = 1990,
            municipalityId = f.Norrtalje,
            referringMemberId = f.Region,
            start = "2025-01-01",
            end = "2025-03-01",
            endReason = reason.Code,
            supportAtStart = "Unknown",
            consent = false,
        });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(Page, Page + "?handler=Retention", ("Retention.RetentionYears", "2"))).StatusCode);
    }
}
