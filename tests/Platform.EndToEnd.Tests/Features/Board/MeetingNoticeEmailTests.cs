using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Platform.EndToEnd.Tests.Support;
using Platform.Features.Board.Meetings;
using Platform.Features.Board.Notices;
using Platform.Tests.Features.Board;
using Platform.Tests.Features.Board.Notices;
using Platform.Tests.Support;
using IcalCalendar = Ical.Net.Calendar;

namespace Platform.EndToEnd.Tests.Features.Board;

/// <summary>A kallelse through a real SMTP server (maildev), its calendar invitation read by Ical.Net.</summary>
public sealed class MeetingNoticeEmailTests
{
    [Fact]
    public async Task The_kallelse_arrives_through_a_real_mail_server_with_a_readable_invitation_and_Swedish_text_intact()
    {
        await using var maildev = new MailDev();
        await maildev.StartAsync();
        using var platform = new PlatformFactory(null, maildev.Settings);
        var tenant = await platform.ProvisionAsync("insjoriket", "Samordningsförbundet Insjöriket");
        var seated = await MeetingNoticeTests.BoardAsync(platform, tenant);
        var clock = new BoardClock(platform, tenant);
        var meeting = (await MeetingNoticeTests.SaveMeetingAsync(clock, null, seated.BodyId, "2026-11-26", place: "Förbundskansliet, Ödegårdsvägen 1; sal Åsa")).Value!;
        await clock.In(async s =>
        {
            var meetings = s.GetRequiredService<MeetingPlanner>();
            await meetings.AddAgendaItemAsync(meeting.Id, new AgendaItemInput { Title = "Årsredovisning för förbundets verksamhet", ProposedDecision = "Att godkänna årsredovisningen." }, CancellationToken.None);
            await meetings.AddPaperAsync(meeting.Id, "Årsredovisning 2025.pdf", new MemoryStream(BoardTestKit.Pdf()), null, isPublic: true, CancellationToken.None);
            await meetings.AddPaperAsync(meeting.Id, "Revisorernas PM.pdf", new MemoryStream(BoardTestKit.Pdf()), null, isPublic: false, CancellationToken.None);
            await s.GetRequiredService<MeetingNotices>().SendNowAsync(meeting.Id, CancellationToken.None);
        });
        await clock.DispatchAsync();

        var messages = await maildev.MessagesAsync();
        var kallelse = messages.Where(m => m.To.Mailboxes.Single().Address == "anna@roslagen.test").OrderBy(m => m.Subject, StringComparer.Ordinal).ToList();
        Assert.Equal(["Kallelse: Styrelsen 2026-11-26 kl. 13.00", "Ändrad kallelse: Styrelsen 2026-11-26 kl. 13.00"], kallelse.Select(m => m.Subject));
        var latest = kallelse[1];
        Assert.Contains("1. Årsredovisning för förbundets verksamhet. Förslag till beslut: Att godkänna årsredovisningen.", latest.TextBody, StringComparison.Ordinal);
        Assert.Contains("Du kallas som ledamot", kallelse[0].TextBody, StringComparison.Ordinal);
        Assert.Contains($"/anslagstavla/handlingar/", latest.TextBody, StringComparison.Ordinal);
        // A paper that is not public links to the meeting's papers, which ask for sign-in.
        Assert.Contains($"Revisorernas PM.pdf (kräver inloggning): https://insjoriket.localhost/moten/{meeting.Id}#handlingar", latest.TextBody, StringComparison.Ordinal);
        Assert.Contains("Årsredovisning 2025.pdf", latest.HtmlBody, StringComparison.Ordinal);

        var part = latest.Attachments.OfType<MimeKit.MimePart>().Single(a => a.ContentType.MimeType == "text/calendar");
        Assert.Equal("REQUEST", part.ContentType.Parameters["method"]);
        using var content = new MemoryStream();
        await part.Content!.DecodeToAsync(content);
        var calendar = IcalCalendar.Load(Encoding.UTF8.GetString(content.ToArray()))!;
        var invitation = Assert.Single(calendar.Events);
        Assert.Equal("Förbundskansliet, Ödegårdsvägen 1; sal Åsa", invitation.Location);
        Assert.Equal("Styrelsen: ordinarie sammanträde", invitation.Summary);
        Assert.Contains("Årsredovisning för förbundets verksamhet", invitation.Description, StringComparison.Ordinal);
        Assert.Equal($"{meeting.Id:N}@insjoriket.localhost", invitation.Uid);
        Assert.Equal(1, invitation.Sequence);
        Assert.Contains("Insjöriket", invitation.Organizer!.CommonName, StringComparison.Ordinal);
    }
}
