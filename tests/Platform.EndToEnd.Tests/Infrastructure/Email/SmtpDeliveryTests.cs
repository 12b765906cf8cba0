using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Platform.EndToEnd.Tests.Support;
using Platform.Features.WeeklySummary;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.EndToEnd.Tests.Infrastructure.Email;

/// <summary>End to end with a real SMTP server (maildev): what a feature writes is what arrives.</summary>
public sealed class SmtpDeliveryTests
{
    private static async Task<TenantInfo> RoslagenWithContactAsync(PlatformFactory factory)
    {
        var roslagen = await factory.ProvisionAsync("roslagen", "Samordningsförbundet Roslagen");
        await factory.InTenantAsync(roslagen, async services =>
        {
            var db = services.GetRequiredService<TenantDb>();
            db.AssociationProfiles.Add(new AssociationProfile
            {
                Name = "Samordningsförbundet Roslagen",
                Email = "kansli@roslagen.example",
                Phone = "070-174 06 10",
                PostalAddress = "Box 123\n761 21 Norrtälje",
            });
            await db.SaveChangesAsync();
        });
        return roslagen;
    }

    [Fact]
    public async Task Messages_written_by_features_arrive_with_subject_sender_Swedish_text_and_attachments()
    {
        await using var maildev = new MailDev();
        await maildev.StartAsync();
        using var factory = new PlatformFactory(null, [.. maildev.Settings, PlatformFactory.JobsOn]);
        var roslagen = await RoslagenWithContactAsync(factory);
        var protocol = "%PDF-1.7 protokoll från årsmötet"u8.ToArray().Concat(Enumerable.Range(0, 5000).Select(i => (byte)i)).ToArray();
        await factory.QueueAsync(roslagen, EmailTestKit.Message("protokoll/2026-4/anna", "Justerat protokoll – årsmöte i Norrtälje, §§ 1–12", "anna.aberg@example.org",
            new EmailFile("Protokoll § 4 – årsmöte.pdf", "application/pdf", protocol)));

        // The weekly summary job, then the dispatcher job, both through Hangfire.
        var jobs = factory.Service<IBackgroundJobClient>();
        var storage = factory.Service<JobStorage>();
        await storage.WaitForStateAsync(jobs.Enqueue<WeeklySummaryJob>(j => j.RunAsync(roslagen.Id, CancellationToken.None)), "Succeeded");
        await storage.WaitForStateAsync(jobs.Enqueue<OutboxDispatchJob>(j => j.RunAsync(roslagen.Id, CancellationToken.None)), "Succeeded");

        var received = await maildev.MessagesAsync();
        Assert.Equal(2, received.Count);
        Assert.All(received, message =>
        {
            var from = Assert.IsType<MailboxAddress>(Assert.Single(message.From));
            Assert.Equal(("Samordningsförbundet Roslagen", "roslagen@localhost"), (from.Name, from.Address));
            Assert.Equal("kansli@roslagen.example", Assert.IsType<MailboxAddress>(Assert.Single(message.ReplyTo)).Address);
            Assert.Contains("Telefon: 070-174 06 10", message.TextBody, StringComparison.Ordinal);
            Assert.Contains("761 21 Norrtälje", message.HtmlBody, StringComparison.Ordinal);
            Assert.Contains("<html lang=\"sv\">", message.HtmlBody, StringComparison.Ordinal);
        });

        var minutes = Assert.Single(received, m => m.Subject!.StartsWith("Justerat protokoll", StringComparison.Ordinal));
        Assert.Equal("Justerat protokoll – årsmöte i Norrtälje, §§ 1–12", minutes.Subject);
        Assert.Equal(("Anna Åberg", "anna.aberg@example.org"), (Assert.IsType<MailboxAddress>(Assert.Single(minutes.To)).Name, ((MailboxAddress)minutes.To[0]).Address));
        var attachment = Assert.IsType<MimePart>(Assert.Single(minutes.Attachments));
        Assert.Equal("Protokoll § 4 – årsmöte.pdf", attachment.FileName);
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        Assert.Equal(protocol, content.ToArray());

        var summary = Assert.Single(received, m => m.Subject!.StartsWith("Veckosammanfattning", StringComparison.Ordinal));
        Assert.Equal("Veckosammanfattning vecka 48 2026 – Samordningsförbundet Roslagen", summary.Subject);
        Assert.Equal("kansli@roslagen.example", ((MailboxAddress)Assert.Single(summary.To)).Address);
        Assert.Contains("Inga medlemskap upphör de närmaste 90 dagarna.", summary.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_the_SMTP_server_is_down_messages_stay_pending_and_go_out_when_it_is_back()
    {
        await using var maildev = new MailDev(); // ports chosen, server not started yet
        using var factory = new PlatformFactory(null, maildev.Settings);
        var roslagen = await RoslagenWithContactAsync(factory);
        for (var i = 1; i <= 5; i++) await factory.QueueAsync(roslagen, EmailTestKit.Message($"paminnelse/{i}", $"Påminnelse {i}: justering av protokoll"));

        var whileDown = await factory.DispatchAsync(roslagen);
        Assert.Equal((0, 5), (whileDown.Sent, whileDown.Waiting));
        Assert.All(await factory.OutboxAsync(roslagen), m => Assert.Equal((OutboxStatus.Pending, 0), (m.Status, m.Attempts)));

        await maildev.StartAsync();
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(5, (await factory.DispatchAsync(roslagen)).Sent);
        Assert.Equal(0, (await factory.DispatchAsync(roslagen)).Sent);

        var received = await maildev.MessagesAsync();
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"Påminnelse {i}: justering av protokoll").Order(), received.Select(m => m.Subject).Order());
    }
}
