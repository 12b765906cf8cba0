using System.Diagnostics;
using MimeKit;
using Platform.EndToEnd.Tests.Support;
using Platform.Tests.Support;

namespace Platform.EndToEnd.Tests.Features.Board;

/// <summary>
/// The stable contract: with demo data and <c>Email:Delivery=Smtp</c> pointed at a real SMTP
/// server (maildev), a fresh start sends a kallelse within two minutes, by the schedule alone: the
/// demo board meeting five days ahead has its notice due, the notice job runs every minute, and the
/// outbox is dispatched at once when notices are queued.
/// </summary>
public sealed class StableContractTests
{
    [Fact]
    public async Task A_fresh_start_with_demo_data_sends_a_Kallelse_through_SMTP_within_two_minutes()
    {
        await using var maildev = new MailDev();
        await maildev.StartAsync();
        using var platform = new PlatformFactory(null, [.. maildev.Settings, ("Platform:SeedDemoData", "true"), PlatformFactory.JobsOn]);
        _ = platform.Server; // starts the host: demo data, the schedule and the job server

        // The contract's own limit; the test passes as soon as the message is there.
        var waited = Stopwatch.StartNew();
        IReadOnlyList<MimeMessage> messages = [];
        bool Arrived(string address) => messages.Any(m => IsKallelse(m) && m.To.Mailboxes.Single().Address == address);
        while (waited.Elapsed < TimeSpan.FromMinutes(2) && !(Arrived("ordforande@roslagen.example") && Arrived("ersattare@suvs.example")))
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            messages = await maildev.MessagesAsync();
        }

        var kallelse = Assert.Single(messages, m => IsKallelse(m) && m.To.Mailboxes.Single().Address == "ordforande@roslagen.example");
        Assert.Contains("Du kallas som ledamot till styrelsens ordinarie sammanträde.", kallelse.TextBody, StringComparison.Ordinal);
        Assert.Contains(kallelse.Attachments, a => a.ContentType.MimeType == "text/calendar");
        // Every seat with an address is called: the substitute too, and in every demo association.
        Assert.Contains(messages.Where(IsKallelse), m => m.To.Mailboxes.Single().Address == "ersattare@suvs.example");
    }

    private static bool IsKallelse(MimeMessage message) => message.Subject?.StartsWith("Kallelse", StringComparison.Ordinal) == true;
}
