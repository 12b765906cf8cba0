using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Board.Meetings;
using Platform.Features.Board.Model;
using Platform.Features.Board.Notices;
using Platform.Features.Board.Settings;
using Platform.Features.Shared;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Support;
using IcalCalendar = Ical.Net.Calendar;

namespace Platform.Tests.Features.Board.Notices;

/// <summary>
/// Meeting notices (kallelser) over a simulated month on the fake clock (it starts Monday 2026-11-23
/// 10.00 Swedish time): on the right day, once per recipient and version, with calendar invitations
/// that another implementation (Ical.Net) reads; updates, cancellations, guests, restarts and a mail
/// server that is down for two days.
/// </summary>
public sealed class MeetingNoticeTests
{
    internal sealed record Seated(Guid BodyId, Guid OtherBodyId);

    /// <summary>The board: a chair, a member, a substitute and a member without an email address; and a preparatory group with one member.</summary>
    internal static Task<Seated> BoardAsync(PlatformFactory platform, TenantInfo tenant) =>
        platform.InTenantAsync(tenant, async services =>
        {
            var db = services.GetRequiredService<TenantDb>();
            var board = new Body { Id = Guid.NewGuid(), Kind = BodyKind.Board, Name = "Styrelsen" };
            var group = new Body { Id = Guid.NewGuid(), Kind = BodyKind.PreparatoryGroup, Name = "Beredningsgruppen" };
            db.AddRange(board, group);
            void Seat(Body body, string name, string? email, SeatKind kind, SeatPosition position = SeatPosition.None, int? order = null)
            {
                var contact = new Contact { Id = Guid.NewGuid(), Name = name, Email = email };
                db.Add(contact);
                db.Add(new Seat { Id = Guid.NewGuid(), BodyId = body.Id, ContactId = contact.Id, Kind = kind, Position = position, From = new DateOnly(2025, 1, 1), SubstituteOrder = order });
            }
            Seat(board, "Anna Åberg", "anna@roslagen.test", SeatKind.Member, SeatPosition.Chair);
            Seat(board, "Bo Ek", "bo@roslagen.test", SeatKind.Member);
            Seat(board, "Cecilia Öst", "cecilia@roslagen.test", SeatKind.Substitute, order: 1);
            Seat(board, "David Utan", null, SeatKind.Member);
            Seat(group, "Eva Grupp", "eva@roslagen.test", SeatKind.Member);
            // A seat that ended before the meetings: not called.
            var former = new Contact { Id = Guid.NewGuid(), Name = "Förre Ledamot", Email = "forre@roslagen.test" };
            db.Add(former);
            db.Add(new Seat { Id = Guid.NewGuid(), BodyId = board.Id, ContactId = former.Id, Kind = SeatKind.Member, From = new DateOnly(2023, 1, 1), To = new DateOnly(2025, 12, 31) });
            await db.SaveChangesAsync();
            return new Seated(board.Id, group.Id);
        });

    internal static Task<Outcome<Meeting>> SaveMeetingAsync(BoardClock clock, Guid? id, Guid bodyId, string date, string start = "13:00", string end = "15:00",
        string place = "Förbundskansliet, sammanträdesrum Åsa", string? status = null) =>
        clock.In(s => s.GetRequiredService<MeetingPlanner>().SaveAsync(id, new MeetingInput
        {
            BodyId = bodyId.ToString(),
            Date = date,
            StartTime = start,
            EndTime = end,
            Place = place,
            Status = status,
        }, CancellationToken.None));

    private static IcalCalendar Invitation(OutboxMessage message)
    {
        var attachment = Assert.Single(message.Attachments);
        Assert.StartsWith("text/calendar", attachment.ContentType, StringComparison.Ordinal);
        return IcalCalendar.Load(Encoding.UTF8.GetString(attachment.Content))!;
    }

    private static string Recipient(OutboxMessage message) => message.CorrelationKey.Split(':')[3];

    [Fact]
    public async Task Over_a_month_each_notice_goes_out_on_its_day_at_seven_once_per_recipient_and_version()
    {
        var sender = new MailServerDouble();
        using var platform = new PlatformFactory { TestServices = MailServerDouble.Install(sender) };
        var tenant = await platform.ProvisionAsync("roslagen", "Samordningsförbundet Roslagen");
        var seated = await BoardAsync(platform, tenant);
        var clock = new BoardClock(platform, tenant);

        // Thursday 2026-12-10: the notice is due seven days before, Thursday 2026-12-03 at 07.00.
        var december = (await SaveMeetingAsync(clock, null, seated.BodyId, "2026-12-10")).Value!;
        // Thursday 2026-11-26, three days away: booked at shorter notice, so it is called at once.
        var urgent = (await SaveMeetingAsync(clock, null, seated.BodyId, "2026-11-26")).Value!;
        var urgentNotices = await clock.OutboxAsync($"kallelse:{urgent.Id:N}:");
        Assert.Equal(["anna@roslagen.test", "bo@roslagen.test", "cecilia@roslagen.test"], urgentNotices.Select(Recipient).Order(StringComparer.Ordinal));
        Assert.Empty(await clock.OutboxAsync($"kallelse:{december.Id:N}:"));

        Meeting? group = null;
        await clock.RunUntilAsync(BoardClock.Swedish(2026, 12, 23), async now =>
        {
            // After the December notice, the association starts calling ten days ahead, and the
            // preparatory group books 2026-12-21: due Friday 2026-12-11 at 07.00.
            if (now == new DateTime(2026, 12, 5, 10, 0, 0))
            {
                await clock.In(s => s.GetRequiredService<BoardSettingsStore>().SaveAsync(
                    new BoardSettingsInput { NoticeDaysBefore = 10, AdjusterReminderDays = 3, PostingMode = "Automatic", KeepPostingDays = 0 }, CancellationToken.None));
                group = (await SaveMeetingAsync(clock, null, seated.OtherBodyId, "2026-12-21", "09:00", "11:00")).Value!;
                Assert.Empty(await clock.OutboxAsync($"kallelse:{group.Id:N}:"));
            }
        });
        Assert.NotNull(group);

        var decemberNotices = await clock.OutboxAsync($"kallelse:{december.Id:N}:");
        Assert.Equal(3, decemberNotices.Count);
        // Queued by the run at 07.00 Swedish time on 2026-12-03 (06.00 UTC), not an hour earlier.
        Assert.All(decemberNotices, n => Assert.Equal(BoardClock.Swedish(2026, 12, 3, 7), new DateTimeOffset(n.CreatedAt, TimeSpan.Zero)));
        var groupNotice = Assert.Single(await clock.OutboxAsync($"kallelse:{group!.Id:N}:"));
        Assert.Equal(BoardClock.Swedish(2026, 12, 11, 7), new DateTimeOffset(groupNotice.CreatedAt, TimeSpan.Zero));
        Assert.Equal("eva@roslagen.test", Recipient(groupNotice));

        // Every recipient received each meeting's notice exactly once, across 720 hourly runs.
        var delivered = sender.Delivered.Select(m => (Subject: m.Subject, To: m.To.Mailboxes.Single().Address)).ToList();
        Assert.Equal(7, delivered.Count);
        Assert.Equal(delivered.Count, delivered.Distinct().Count());
        Assert.DoesNotContain(delivered, d => d.To == "forre@roslagen.test");
        Assert.All(delivered, d => Assert.StartsWith("Kallelse: ", d.Subject, StringComparison.Ordinal));

        var meetings = await clock.In(s => s.GetRequiredService<TenantDb>().Meetings.AsNoTracking().ToListAsync());
        Assert.All(meetings, m => Assert.Equal(MeetingStatus.NoticeSent, m.Status));
        Assert.All(meetings, m => Assert.Equal(0, m.NoticeSequence));
    }

    [Fact]
    public async Task A_change_sends_Andrad_kallelse_with_a_raised_sequence_and_a_cancellation_sends_METHOD_CANCEL()
    {
        using var platform = new PlatformFactory();
        var tenant = await platform.ProvisionAsync("roslagen", "Samordningsförbundet Roslagen");
        var seated = await BoardAsync(platform, tenant);
        var clock = new BoardClock(platform, tenant);
        var meeting = (await SaveMeetingAsync(clock, null, seated.BodyId, "2026-11-27")).Value!;

        var first = (await clock.OutboxAsync($"kallelse:{meeting.Id:N}:0:anna")).Single();
        var request = Invitation(first);
        Assert.Equal("REQUEST", request.Method);
        var invited = Assert.Single(request.Events);
        Assert.Equal(0, invited.Sequence);
        Assert.Equal(new DateTime(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc), invited.DtStart!.AsUtc); // 13.00 Swedish winter time
        Assert.Equal("Förbundskansliet, sammanträdesrum Åsa", invited.Location);
        Assert.Contains("mailto:anna@roslagen.test", invited.Attendees.Single().Value!.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Kallelse: Styrelsen 2026-11-27 kl. 13.00", first.Subject);

        // A save that changes nothing the invitation says is not a new version.
        await SaveMeetingAsync(clock, meeting.Id, seated.BodyId, "2026-11-27");
        Assert.Equal(3, (await clock.OutboxAsync($"kallelse:{meeting.Id:N}:")).Count);

        // Moved to 14.00: every recipient gets "Ändrad kallelse" with SEQUENCE 1 and the same UID, at once.
        await SaveMeetingAsync(clock, meeting.Id, seated.BodyId, "2026-11-27", "14:00", "16:00");
        var update = (await clock.OutboxAsync($"kallelse:{meeting.Id:N}:1:")).ToList();
        Assert.Equal(3, update.Count);
        Assert.All(update, u => Assert.StartsWith("Ändrad kallelse: Styrelsen 2026-11-27 kl. 14.00", u.Subject, StringComparison.Ordinal));
        var changed = Assert.Single(Invitation(update[0]).Events);
        Assert.Equal(invited.Uid, changed.Uid);
        Assert.Equal(1, changed.Sequence);
        Assert.Equal(new DateTime(2026, 11, 27, 13, 0, 0, DateTimeKind.Utc), changed.DtStart!.AsUtc);
        Assert.Contains("Den här kallelsen ersätter den du fått tidigare", update[0].TextBody, StringComparison.Ordinal);

        // Cancelled: METHOD:CANCEL, STATUS:CANCELLED, SEQUENCE 2, the same UID.
        await SaveMeetingAsync(clock, meeting.Id, seated.BodyId, "2026-11-27", "14:00", "16:00", status: "Cancelled");
        var cancellations = await clock.OutboxAsync($"kallelse:{meeting.Id:N}:2:");
        Assert.Equal(3, cancellations.Count);
        var cancel = Invitation(cancellations[0]);
        Assert.Equal("CANCEL", cancel.Method);
        var cancelled = Assert.Single(cancel.Events);
        Assert.Equal(invited.Uid, cancelled.Uid);
        Assert.Equal(2, cancelled.Sequence);
        Assert.Equal("CANCELLED", cancelled.Status);
        Assert.StartsWith("Inställt sammanträde: Styrelsen", cancellations[0].Subject, StringComparison.Ordinal);

        // Nothing more is due, however often the job runs; a cancelled meeting cannot be called again by hand.
        await clock.RunUntilAsync(clock.Now.AddHours(6));
        Assert.Equal(9, (await clock.OutboxAsync($"kallelse:{meeting.Id:N}:")).Count);
        var refused = await clock.In(s => s.GetRequiredService<MeetingNotices>().SendNowAsync(meeting.Id, CancellationToken.None));
        Assert.Equal(OutcomeKind.Conflict, refused.Kind);
    }

    [Fact]
    public async Task A_guest_invited_after_the_notice_is_called_at_once_and_sending_by_hand_is_a_new_version()
    {
        using var platform = new PlatformFactory();
        var tenant = await platform.ProvisionAsync("roslagen", "Samordningsförbundet Roslagen");
        var seated = await BoardAsync(platform, tenant);
        var clock = new BoardClock(platform, tenant);
        var meeting = (await SaveMeetingAsync(clock, null, seated.BodyId, "2026-12-15")).Value!;
        Assert.Empty(await clock.OutboxAsync("kallelse:"));

        // Before its day the kansli sends it by hand: version 0, to the three with addresses.
        Assert.True((await clock.In(s => s.GetRequiredService<MeetingNotices>().SendNowAsync(meeting.Id, CancellationToken.None))).Succeeded);
        Assert.Equal(3, (await clock.OutboxAsync($"kallelse:{meeting.Id:N}:0:")).Count);

        var guest = await clock.In(s => s.GetRequiredService<MeetingPlanner>().AddGuestAsync(meeting.Id,
            new GuestInput { Name = "Gun Föreläsare", Email = "Gun@Example.org" }, CancellationToken.None));
        Assert.True(guest.Succeeded);
        var guestNotice = Assert.Single(await clock.OutboxAsync($"kallelse:{meeting.Id:N}:0:gun@example.org"));
        Assert.StartsWith("Kallelse: ", guestNotice.Subject, StringComparison.Ordinal);
        Assert.Contains("Du är inbjuden till sammanträdet", guestNotice.TextBody, StringComparison.Ordinal);
        var duplicate = await clock.In(s => s.GetRequiredService<MeetingPlanner>().AddGuestAsync(meeting.Id,
            new GuestInput { Name = "Gun igen", Email = "gun@example.org" }, CancellationToken.None));
        Assert.Equal(OutcomeKind.Invalid, duplicate.Kind);

        // The agenda changed: "Skicka ändrad kallelse" is version 1 to all four.
        Assert.True((await clock.In(s => s.GetRequiredService<MeetingNotices>().SendNowAsync(meeting.Id, CancellationToken.None))).Succeeded);
        Assert.Equal(4, (await clock.OutboxAsync($"kallelse:{meeting.Id:N}:1:")).Count);

        // The day it was due by the schedule passes without a second first notice.
        await clock.RunUntilAsync(BoardClock.Swedish(2026, 12, 8, 14), step: TimeSpan.FromHours(4));
        Assert.Equal(8, (await clock.OutboxAsync($"kallelse:{meeting.Id:N}:")).Count);
    }

    [Fact]
    public async Task A_restart_in_the_middle_of_sending_and_two_runs_at_once_send_nothing_twice()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "platform-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var beforeCrash = new MailServerDouble();
            Guid meetingId;
            TenantInfo tenant;
            using (var platform = new PlatformFactory(dataDirectory) { TestServices = MailServerDouble.Install(beforeCrash) })
            {
                tenant = await platform.ProvisionAsync("roslagen", "Samordningsförbundet Roslagen");
                var seated = await BoardAsync(platform, tenant);
                var clock = new BoardClock(platform, tenant);
                await clock.In(async s =>
                {
                    var db = s.GetRequiredService<TenantDb>();
                    var meeting = new Meeting
                    {
                        Id = Guid.NewGuid(),
                        BodyId = seated.BodyId,
                        Place = "Kansliet",
                        StartsAt = new DateTime(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc),
                        EndsAt = new DateTime(2026, 11, 27, 14, 0, 0, DateTimeKind.Utc),
                    };
                    db.Meetings.Add(meeting);
                    await db.SaveChangesAsync();
                    meetingId = meeting.Id;
                });
                // Two runs of the notice job at the same moment: the unique key lets one version through once.
                await Task.WhenAll(clock.NoticesAsync(), clock.NoticesAsync(), clock.NoticesAsync());
                Assert.Equal(3, (await clock.OutboxAsync("kallelse:")).Count);

                // The process dies after the mail server accepted the first message, before it was recorded.
                beforeCrash.CrashAfterDelivery = true;
                await Assert.ThrowsAsync<InvalidOperationException>(clock.DispatchAsync);
                Assert.Single(beforeCrash.Delivered);
            }

            var afterRestart = new MailServerDouble();
            using (var platform = new PlatformFactory(dataDirectory) { TestServices = MailServerDouble.Install(afterRestart) })
            {
                var clock = new BoardClock(platform, tenant);
                await clock.RunUntilAsync(clock.Now.AddHours(3));
                Assert.Equal(3, (await clock.OutboxAsync("kallelse:")).Count);
            }

            // Each of the three got the notice once: one before the crash, two after; the one in doubt is not sent again.
            var all = beforeCrash.Delivered.Concat(afterRestart.Delivered).Select(m => m.To.Mailboxes.Single().Address).ToList();
            Assert.Equal(3, all.Count);
            Assert.Equal(3, all.Distinct().Count());
            Assert.DoesNotContain(beforeCrash.Delivered.Single().To.Mailboxes.Single().Address, afterRestart.Delivered.Select(m => m.To.Mailboxes.Single().Address));
        }
        finally
        {
            try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public async Task With_the_mail_server_down_for_two_days_everything_due_goes_out_afterwards_in_order()
    {
        var sender = new MailServerDouble { ServerDown = true };
        using var platform = new PlatformFactory { TestServices = MailServerDouble.Install(sender) };
        var tenant = await platform.ProvisionAsync("roslagen", "Samordningsförbundet Roslagen");
        await platform.AddPersonAsync(tenant, Roles.Admin, "kansli@roslagen.test");
        var seated = await BoardAsync(platform, tenant);
        var clock = new BoardClock(platform, tenant);

        // Due Tuesday 2026-11-24 07.00 and Wednesday 2026-11-25 07.00.
        var first = (await SaveMeetingAsync(clock, null, seated.BodyId, "2026-12-01")).Value!;
        var second = (await SaveMeetingAsync(clock, null, seated.OtherBodyId, "2026-12-02")).Value!;
        await clock.RunUntilAsync(BoardClock.Swedish(2026, 11, 25, 10));
        Assert.Empty(sender.Delivered);
        var waiting = await clock.OutboxAsync("kallelse:");
        Assert.Equal(4, waiting.Count);
        Assert.All(waiting, m => Assert.Equal(OutboxStatus.Pending, m.Status));

        sender.ServerDown = false;
        await clock.RunUntilAsync(clock.Now.AddHours(1));
        var delivered = sender.Delivered.ToList();
        Assert.Equal(4, delivered.Count);
        // In the order they fell due: the first meeting's three, then the second's.
        Assert.All(delivered.Take(3), m => Assert.Contains("2026-12-01", m.Subject, StringComparison.Ordinal));
        Assert.Contains("2026-12-02", delivered[3].Subject, StringComparison.Ordinal);
        Assert.Equal(waiting.Select(m => m.Id.ToString("N")), delivered.Select(m => m.MessageId!.Split('@')[0]));
        Assert.NotEqual(first.Id, second.Id);
    }
}
