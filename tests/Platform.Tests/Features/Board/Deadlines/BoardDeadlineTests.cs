using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Board.Minuting;
using Platform.Features.Board.Model;
using Platform.Features.Board.NoticeBoard;
using Platform.Features.Board.Settings;
using Platform.Features.LegalDates;
using Platform.Features.Shared;
using Platform.Features.WeeklySummary;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Support;
using IcalCalendar = Ical.Net.Calendar;

namespace Platform.Tests.Features.Board.Deadlines;

/// <summary>
/// The morning deadline job, the settings, the weekly summary and the calendar feed, on the fake
/// clock (Monday 2026-11-23 10.00 Swedish time).
/// </summary>
public sealed partial class BoardDeadlineTests
{
    private const string Admin = "kansli@roslagen.test";

    private static ClaimsPrincipal SignedIn(string email) => new(new ClaimsIdentity([new Claim("email", email)], "test"));

    /// <summary>The board meeting of Friday 2026-11-20 with its minutes written and two adjusters, sent for adjustment today.</summary>
    private static async Task<Guid> InAdjustmentAsync(BoardClock clock, Guid bodyId)
    {
        var meeting = (await Notices.MeetingNoticeTests.SaveMeetingAsync(clock, null, bodyId, "2026-11-20", status: "Held")).Value!;
        await clock.In(async s =>
        {
            var minutes = s.GetRequiredService<MinutesWorkflow>();
            var people = s.GetRequiredService<MinutesPeople>();
            await people.SaveDetailsAsync(meeting.Id, new MinutesInput { Chair = "Anna Åberg", Secretary = "Kansliet", KeptAt = "Kansliet i Norrtälje" }, CancellationToken.None);
            await people.AddAdjusterAsync(meeting.Id, new AdjusterInput { Name = "Anna Åberg", Email = "anna@roslagen.test" }, CancellationToken.None);
            await people.AddAdjusterAsync(meeting.Id, new AdjusterInput { Name = "Bo Ek", Email = "bo@roslagen.test" }, CancellationToken.None);
            await minutes.AddParagraphAsync(meeting.Id, new ParagraphInput { Title = "Budget 2027", Decision = "Styrelsen beslutade att fastställa budgeten." }, CancellationToken.None);
            Assert.True((await people.SendForAdjustmentAsync(meeting.Id, CancellationToken.None)).Succeeded);
        });
        return meeting.Id;
    }

    private static Task<Outcome<Minutes>> ApproveAsync(BoardClock clock, Guid meetingId, string email) =>
        clock.In(s => s.GetRequiredService<MinutesWorkflow>().ApproveAsync(meetingId, SignedIn(email), CancellationToken.None));

    private static async Task<(PlatformFactory Platform, TenantInfo Tenant, BoardClock Clock, Notices.MeetingNoticeTests.Seated Seated)> AssociationAsync()
    {
        var platform = new PlatformFactory();
        var tenant = await platform.ProvisionAsync("roslagen", "Samordningsförbundet Roslagen");
        await platform.AddPersonAsync(tenant, Roles.Admin, Admin);
        var seated = await Notices.MeetingNoticeTests.BoardAsync(platform, tenant);
        return (platform, tenant, new BoardClock(platform, tenant), seated);
    }

    private static IEnumerable<DateOnly> Days(List<Platform.Infrastructure.Email.OutboxMessage> messages) =>
        messages.Select(m => Platform.Infrastructure.SwedishTime.DateOf(m.CreatedAt));

    /// <summary>A notice as the notice board records it when posted on <paramref name="posted"/>, with the legal dates.</summary>
    private static Posting Notice(Guid meetingId, DateOnly meetingDate, string paragraphs, DateOnly posted, DateTime postedAt) => new()
    {
        Id = Guid.NewGuid(),
        MeetingId = meetingId,
        BodyName = "Styrelsen",
        MeetingDate = meetingDate,
        Paragraphs = paragraphs,
        AdjustedOn = posted,
        PostedOn = posted,
        PostingDeadline = NoticeBoardDates.PostingDeadline(posted),
        LastAppealDay = NoticeBoardDates.LastAppealDay(posted),
        EarliestTakedown = NoticeBoardDates.EarliestTakedown(posted),
        KeptAt = "Kansliet",
        PostedAt = postedAt,
        PostedBy = Admin,
    };

    [Fact]
    public async Task Adjusters_are_reminded_every_three_days_until_they_approve_and_the_admins_are_warned_before_and_after_the_limit()
    {
        var (platform, _, clock, seated) = await AssociationAsync();
        using var _ = platform;
        var meeting = await InAdjustmentAsync(clock, seated.BodyId);

        await clock.RunUntilAsync(BoardClock.Swedish(2026, 12, 7, 12), async now =>
        {
            if (now == new DateTime(2026, 11, 27, 10, 0, 0)) Assert.True((await ApproveAsync(clock, meeting, "anna@roslagen.test")).Succeeded);
        }, step: TimeSpan.FromHours(4)); // 10, 14, 18, 22, 02, 06: every morning run is met

        // Sent Monday 2026-11-23: reminders on the 26th, 29th, 2nd and 5th, each at the morning run; Anna approved on the 27th.
        var anna = await clock.OutboxAsync($"justering-paminnelse:{meeting:N}");
        Assert.Equal([new DateOnly(2026, 11, 26)], Days(anna.Where(m => m.To.Contains("anna@", StringComparison.Ordinal)).ToList()));
        Assert.Equal([new DateOnly(2026, 11, 26), new DateOnly(2026, 11, 29), new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 5)],
            Days(anna.Where(m => m.To.Contains("bo@", StringComparison.Ordinal)).ToList()));
        Assert.Contains("ska vara justerat senast 2026-12-04", anna[0].TextBody, StringComparison.Ordinal);

        // The limit is 2026-12-04: warned three days before (the 1st) and the day after it passed (the 5th), once each.
        var near = Assert.Single(await clock.OutboxAsync($"justering-snart:{meeting:N}"));
        Assert.Equal([new DateOnly(2026, 12, 1)], Days([near]));
        Assert.Contains(Admin, near.To, StringComparison.Ordinal);
        Assert.Contains("Det är 3 dagar kvar.", near.TextBody, StringComparison.Ordinal);
        Assert.Contains("inte justerat av alla justerare", near.TextBody, StringComparison.Ordinal);
        var passed = Assert.Single(await clock.OutboxAsync($"justering-forsenad:{meeting:N}"));
        Assert.Equal([new DateOnly(2026, 12, 5)], Days([passed]));
    }

    [Fact]
    public async Task Minutes_are_posted_the_moment_they_are_adjusted_by_default_and_a_kansli_that_posts_by_hand_is_reminded_then_warned()
    {
        var (platform, _, clock, seated) = await AssociationAsync();
        using var _ = platform;
        var automatic = await InAdjustmentAsync(clock, seated.BodyId);
        await ApproveAsync(clock, automatic, "anna@roslagen.test");
        Assert.Empty(await clock.In(s => s.GetRequiredService<TenantDb>().Postings.AsNoTracking().ToListAsync()));
        await ApproveAsync(clock, automatic, "bo@roslagen.test");
        var posting = await clock.In(s => s.GetRequiredService<TenantDb>().Postings.AsNoTracking().SingleAsync());
        Assert.Equal((new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 23), NoticeBoardPostings.Automatic, false), (posting.AdjustedOn, posting.PostedOn, posting.PostedBy, posting.Late));

        await clock.In(s => s.GetRequiredService<BoardSettingsStore>().SaveAsync(
            new BoardSettingsInput { NoticeDaysBefore = 7, AdjusterReminderDays = 3, PostingMode = "Remind", KeepPostingDays = 0 }, CancellationToken.None));
        var byHand = (await Notices.MeetingNoticeTests.SaveMeetingAsync(clock, null, seated.BodyId, "2026-11-21", status: "Held")).Value!;
        await clock.In(async s =>
        {
            var minutes = s.GetRequiredService<MinutesWorkflow>();
            var people = s.GetRequiredService<MinutesPeople>();
            await people.SaveDetailsAsync(byHand.Id, new MinutesInput { Chair = "Anna Åberg", Secretary = "Kansliet", KeptAt = "Kansliet" }, CancellationToken.None);
            await people.AddAdjusterAsync(byHand.Id, new AdjusterInput { Name = "Anna Åberg", Email = "anna@roslagen.test" }, CancellationToken.None);
            await minutes.AddParagraphAsync(byHand.Id, new ParagraphInput { Title = "Extra ärende" }, CancellationToken.None);
            await people.SendForAdjustmentAsync(byHand.Id, CancellationToken.None);
        });
        await ApproveAsync(clock, byHand.Id, "anna@roslagen.test");
        Assert.Single(await clock.In(s => s.GetRequiredService<TenantDb>().Postings.AsNoTracking().ToListAsync()));

        // Adjusted Monday the 23rd: post by Wednesday the 25th. Reminded Tuesday and Wednesday morning, warned Thursday, then quiet.
        await clock.RunUntilAsync(BoardClock.Swedish(2026, 11, 28, 12));
        var reminders = await clock.OutboxAsync($"anslag-paminnelse:{byHand.Id:N}");
        Assert.Equal([new DateOnly(2026, 11, 24), new DateOnly(2026, 11, 25)], Days(reminders));
        Assert.Contains("senast 2026-11-25", reminders[0].Subject, StringComparison.Ordinal);
        var late = Assert.Single(await clock.OutboxAsync($"anslag-forsenat:{byHand.Id:N}"));
        Assert.Equal([new DateOnly(2026, 11, 26)], Days([late]));
        Assert.Empty(await clock.OutboxAsync($"anslag-paminnelse:{automatic:N}"));
    }

    [Fact]
    public async Task Notices_come_down_on_the_earliest_takedown_day_and_never_a_day_before_across_Christmas_Easter_and_midsummer()
    {
        var (platform, _, clock, seated) = await AssociationAsync();
        using var _ = platform;
        // Posted on a Friday each: three weeks later is a holiday or an eve, so the last appeal day moves.
        var expected = new Dictionary<DateOnly, DateOnly>
        {
            [new DateOnly(2026, 12, 4)] = new(2026, 12, 29), // 25th juldagen, 26th, 27th Sunday: appeal until Monday the 28th
            [new DateOnly(2027, 3, 5)] = new(2027, 3, 31),   // 26th Good Friday to Easter Monday the 29th: appeal until the 30th
            [new DateOnly(2027, 6, 4)] = new(2027, 7, 1),    // 25th midsommarafton: appeal until Monday the 28th; kept up two more days
        };
        var ids = new Dictionary<DateOnly, Guid>();
        var meeting = (await Notices.MeetingNoticeTests.SaveMeetingAsync(clock, null, seated.BodyId, "2026-11-20", status: "Held")).Value!;

        for (var day = new DateOnly(2026, 11, 24); day <= new DateOnly(2027, 7, 2); day = day.AddDays(1))
        {
            platform.Clock.SetUtcNow(BoardClock.Swedish(day.Year, day.Month, day.Day, 6));
            await clock.MorningAsync();
            if (day == new DateOnly(2027, 6, 1))
                await clock.In(s => s.GetRequiredService<BoardSettingsStore>().SaveAsync(
                    new BoardSettingsInput { NoticeDaysBefore = 7, AdjusterReminderDays = 3, PostingMode = "Automatic", KeepPostingDays = 2 }, CancellationToken.None));
            if (expected.ContainsKey(day))
            {
                var posting = Notice(meeting.Id, day.AddDays(-3), "§ 1", day, clock.Now.UtcDateTime);
                ids[day] = posting.Id;
                await clock.In(async s =>
                {
                    var db = s.GetRequiredService<TenantDb>();
                    db.Postings.Add(posting);
                    await db.SaveChangesAsync();
                });
            }
        }

        var postings = await clock.In(s => s.GetRequiredService<TenantDb>().Postings.AsNoTracking().ToDictionaryAsync(p => p.Id));
        foreach (var (posted, down) in expected)
        {
            var posting = postings[ids[posted]];
            Assert.Equal(down, posting.TakenDownOn);
            Assert.Equal(NoticeBoardPostings.Automatic, posting.TakenDownBy);
        }
        // Midsummer: the earliest takedown day was 2027-06-29; the association keeps notices up two more days.
        Assert.Equal(new DateOnly(2027, 6, 29), postings[ids[new DateOnly(2027, 6, 4)]].EarliestTakedown);
    }

    [Fact]
    public async Task The_weekly_summary_lists_upcoming_meetings_minutes_awaiting_adjustment_and_the_notice_board()
    {
        var (platform, tenant, clock, seated) = await AssociationAsync();
        using var _ = platform;
        await InAdjustmentAsync(clock, seated.BodyId);
        await Notices.MeetingNoticeTests.SaveMeetingAsync(clock, null, seated.BodyId, "2026-11-26");                    // called at once
        await Notices.MeetingNoticeTests.SaveMeetingAsync(clock, null, seated.OtherBodyId, "2026-12-04", "09:00", "11:00"); // called on the 27th
        await clock.In(async s =>
        {
            var db = s.GetRequiredService<TenantDb>();
            var old = (await Notices.MeetingNoticeTests.SaveMeetingAsync(clock, null, seated.BodyId, "2026-10-27", status: "Held")).Value!;
            // Posted Friday 2026-11-06: the earliest takedown is Saturday 2026-11-28, within the coming week.
            db.Postings.Add(Notice(old.Id, new DateOnly(2026, 10, 27), "§ 40–44", new DateOnly(2026, 11, 6), clock.Now.UtcDateTime));
            await db.SaveChangesAsync();
        });

        await clock.In(s => s.GetRequiredService<WeeklySummaryJob>().RunAsync(tenant.Id, CancellationToken.None));
        var summary = Assert.Single(await clock.OutboxAsync("veckosammanfattning/")).TextBody;
        Assert.Contains("Styrelsen 2026-11-26 kl. 13.00–15.00: kallelsen skickades 2026-11-23", summary, StringComparison.Ordinal);
        Assert.Contains("Beredningsgruppen 2026-12-04 kl. 09.00–11.00: kallelsen skickas 2026-11-27", summary, StringComparison.Ordinal);
        Assert.Contains("Styrelsen 2026-11-20: väntar på Anna Åberg och Bo Ek (justeras senast 2026-12-04)", summary, StringComparison.Ordinal);
        Assert.Contains("Tas ned: Styrelsen 2026-10-27 (§ 40–44), 2026-11-28", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Inga sammanträden", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_are_checked_field_by_field_and_bad_input_changes_nothing()
    {
        var (platform, tenant, _, _) = await AssociationAsync();
        using var __ = platform;
        var admin = await platform.ApiClientAsync(tenant, Admin);
        var (status, problem) = await admin.SendAsync(HttpMethod.Put, "/api/board-settings", new { noticeDaysBefore = 0, adjusterReminderDays = 14, postingMode = "Sometimes", keepPostingDays = -1 });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = problem.GetProperty("errors");
        Assert.Equal(["adjusterReminderDays", "keepPostingDays", "noticeDaysBefore", "postingMode"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        var (_, unchanged) = await admin.SendAsync(HttpMethod.Get, "/api/board-settings");
        Assert.Equal(7, unchanged.GetProperty("noticeDaysBefore").GetInt32());
        Assert.Equal("Automatic", unchanged.GetProperty("postingMode").GetString());

        // The page: Swedish messages beside the fields, the values kept.
        var (pageStatus, text) = await admin.PostPageAsync("/admin/paminnelser", "/admin/paminnelser",
            ("Form.NoticeDaysBefore", "tre"), ("Form.AdjusterReminderDays", "3"), ("Form.PostingMode", "Remind"), ("Form.KeepPostingDays", "0"));
        Assert.Equal(HttpStatusCode.BadRequest, pageStatus);
        Assert.Contains("Ange antal dagar före sammanträdet som ett tal från 1 till 30.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("is not valid", text, StringComparison.Ordinal);

        await admin.PostPageAsync("/admin/paminnelser", "/admin/paminnelser",
            ("Form.NoticeDaysBefore", "10"), ("Form.AdjusterReminderDays", "2"), ("Form.PostingMode", "Remind"), ("Form.KeepPostingDays", "5"));
        var (_, now) = await admin.SendAsync(HttpMethod.Get, "/api/board-settings");
        Assert.Equal((10, 2, "Remind", 5), (now.GetProperty("noticeDaysBefore").GetInt32(), now.GetProperty("adjusterReminderDays").GetInt32(), now.GetProperty("postingMode").GetString(), now.GetProperty("keepPostingDays").GetInt32()));

        var board = await platform.ApiClientAsync(tenant, (await platform.AddPersonAsync(tenant, Roles.Board, "bo@roslagen.test")).Email!);
        Assert.Equal(HttpStatusCode.Forbidden, (await board.SendAsync(HttpMethod.Put, "/api/board-settings", new { noticeDaysBefore = 1, adjusterReminderDays = 1, postingMode = "Remind", keepPostingDays = 0 })).Status);
    }

    [Fact]
    public async Task The_meeting_page_shows_when_the_notice_goes_out_and_to_whom_and_the_kansli_can_send_it_now()
    {
        var (platform, tenant, clock, seated) = await AssociationAsync();
        using var _ = platform;
        var meeting = (await Notices.MeetingNoticeTests.SaveMeetingAsync(clock, null, seated.BodyId, "2026-12-10")).Value!;
        var admin = await platform.SignInAsync(PlatformFactory.HostOf(tenant), Admin);

        var page = Regex.Replace(System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync($"/moten/{meeting.Id}")), "<[^>]+>", "");
        Assert.Contains("Kallelsen går ut automatiskt 2026-12-03 kl. 07.00, 7 dagar före sammanträdet.", page, StringComparison.Ordinal);
        Assert.Contains("Kallas: 4 personer, 1 utan e-postadress", page, StringComparison.Ordinal);
        Assert.Contains("David Utan (ledamot) – saknar e-postadress och får ingen kallelse", page, StringComparison.Ordinal);
        Assert.Contains("Cecilia Öst (ersättare)", page, StringComparison.Ordinal);

        using var posted = await admin.PostFormAsync($"/moten/{meeting.Id}", $"/moten/{meeting.Id}?handler=Notice");
        Assert.Equal(HttpStatusCode.Found, posted.StatusCode);
        var sent = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync(posted.Headers.Location));
        Assert.Contains("Kallelsen går ut nu till alla som kallas.", sent, StringComparison.Ordinal);
        Assert.Contains("Kallelsen gick ut 2026-11-23 kl. 10.00.", sent, StringComparison.Ordinal);
        Assert.Contains("Skicka ändrad kallelse", sent, StringComparison.Ordinal);
        Assert.Equal(3, (await clock.OutboxAsync($"kallelse:{meeting.Id:N}:0:")).Count);

        var (invalid, form) = await admin.PostPageAsync($"/moten/{meeting.Id}", $"/moten/{meeting.Id}?handler=Guest", ("NewGuest.Name", "Gun"), ("NewGuest.Email", "inte-en-adress"));
        Assert.Equal(HttpStatusCode.BadRequest, invalid);
        Assert.Contains("Ange en giltig e-postadress", form, StringComparison.Ordinal);
    }

    [GeneratedRegex("value=\"(https?://[^\"]+/kalender/[^\"]+\\.ics)\"")]
    private static partial Regex FeedAddress();

    [Fact]
    public async Task A_calendar_feed_holds_the_meetings_of_the_persons_bodies_and_stops_when_replaced_removed_or_used_elsewhere()
    {
        var (platform, tenant, clock, seated) = await AssociationAsync();
        using var _ = platform;
        var other = await platform.ProvisionAsync("suvs", "Samordningsförbundet SUVS");
        await platform.AddPersonAsync(tenant, Roles.Board, "eva@roslagen.test");
        await platform.AddPersonAsync(other, Roles.Board, "eva@roslagen.test");
        var board = (await Notices.MeetingNoticeTests.SaveMeetingAsync(clock, null, seated.BodyId, "2026-12-10")).Value!;
        var group = (await Notices.MeetingNoticeTests.SaveMeetingAsync(clock, null, seated.OtherBodyId, "2026-12-11", "09:00", "11:00")).Value!;
        await Notices.MeetingNoticeTests.SaveMeetingAsync(clock, board.Id, seated.BodyId, "2026-12-10", status: "Cancelled");

        async Task<Uri> AddressAsync(string email)
        {
            var client = await platform.SignInAsync(PlatformFactory.HostOf(tenant), email);
            var (status, page) = await client.PostPageAsync("/konto/kalender", "/konto/kalender?handler=Create");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains("den visas bara den här gången", page, StringComparison.Ordinal);
            return new Uri(FeedAddress().Match(page).Groups[1].Value);
        }
        async Task<(HttpStatusCode, IcalCalendar?)> ReadAsync(Uri address, string host)
        {
            using var response = await platform.ClientFor(host).GetAsync(address.PathAndQuery);
            return (response.StatusCode, response.IsSuccessStatusCode ? IcalCalendar.Load(await response.Content.ReadAsStringAsync()) : null);
        }

        // Eva sits on the preparatory group only.
        var eva = await AddressAsync("eva@roslagen.test");
        var (status, calendar) = await ReadAsync(eva, PlatformFactory.HostOf(tenant));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("PUBLISH", calendar!.Method);
        Assert.Equal([$"{group.Id:N}@roslagen.localhost"], calendar.Events.Select(e => e.Uid));

        // The kansli sees every body's meetings, the cancelled one marked as such.
        var (_, all) = await ReadAsync(await AddressAsync(Admin), PlatformFactory.HostOf(tenant));
        Assert.Equal(2, all!.Events.Count);
        Assert.Equal("CANCELLED", all.Events.Single(e => e.Uid!.StartsWith($"{board.Id:N}", StringComparison.Ordinal)).Status);

        // The same secret on another association's host finds nothing there.
        Assert.Equal(HttpStatusCode.NotFound, (await ReadAsync(eva, PlatformFactory.HostOf(other))).Item1);

        // A new address replaces the old one.
        var replaced = await AddressAsync("eva@roslagen.test");
        Assert.Equal(HttpStatusCode.NotFound, (await ReadAsync(eva, PlatformFactory.HostOf(tenant))).Item1);
        Assert.Equal(HttpStatusCode.OK, (await ReadAsync(replaced, PlatformFactory.HostOf(tenant))).Item1);

        // Removed from the association: the feed stops at once.
        await platform.InTenantAsync(tenant, async s =>
        {
            var catalog = s.GetRequiredService<CatalogDb>();
            var user = await catalog.Users.SingleAsync(u => u.Email == "eva@roslagen.test");
            await catalog.Memberships.Where(m => m.TenantId == tenant.Id.Value && m.UserId == user.Id).ExecuteDeleteAsync();
        });
        Assert.Equal(HttpStatusCode.NotFound, (await ReadAsync(replaced, PlatformFactory.HostOf(tenant))).Item1);
    }
}
