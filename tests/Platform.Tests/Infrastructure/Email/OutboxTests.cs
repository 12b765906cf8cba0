using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Platform.Features.Members;
using Platform.Infrastructure.Email;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.Tests.Infrastructure.Email;

/// <summary>The outbox with a fake clock: sent once, never twice, never lost.</summary>
public sealed class OutboxTests
{
    [Fact]
    public async Task A_due_message_is_sent_once_even_when_the_dispatcher_runs_again()
    {
        using var factory = new PlatformFactory();
        var roslagen = await factory.ProvisionAsync("roslagen", "Samordningsförbundet Roslagen");
        Assert.True(await factory.QueueAsync(roslagen, EmailTestKit.Message("kallelse/1/anna/v1")));

        var first = await factory.DispatchAsync(roslagen);
        var second = await factory.DispatchAsync(roslagen);

        Assert.Equal(1, first.Sent);
        Assert.Equal(0, second.Sent);
        var files = Directory.GetFiles(Path.Combine(factory.DataDirectory, "mail-pickup", "roslagen"), "*.eml");
        var file = Assert.Single(files);
        var mime = await MimeMessage.LoadAsync(file);
        Assert.Equal("Kallelse till styrelsemöte", mime.Subject);
        var from = Assert.IsType<MailboxAddress>(Assert.Single(mime.From));
        Assert.Equal(("Samordningsförbundet Roslagen", "roslagen@localhost"), (from.Name, from.Address));
        var message = Assert.Single(await factory.OutboxAsync(roslagen));
        Assert.Equal((OutboxStatus.Sent, 1, factory.Clock.GetUtcNow().UtcDateTime), (message.Status, message.Attempts, message.SentAt));
    }

    [Fact]
    public async Task A_crash_between_sending_and_recording_never_sends_the_message_twice()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "platform-tests", Guid.NewGuid().ToString("N"));
        var sender = new MailServerDouble { CrashAfterDelivery = true };
        try
        {
            Platform.Infrastructure.Tenancy.TenantInfo roslagen;
            using (var factory = new PlatformFactory(dataDirectory) { TestServices = MailServerDouble.Install(sender) })
            {
                roslagen = await factory.ProvisionAsync("roslagen");
                await factory.QueueAsync(roslagen, EmailTestKit.Message("kallelse/1/anna/v1"));

                await Assert.ThrowsAsync<InvalidOperationException>(() => factory.DispatchAsync(roslagen));
                Assert.Equal(OutboxStatus.Sending, Assert.Single(await factory.OutboxAsync(roslagen)).Status);

                // The job's retry: the message is claimed, so it is not handed to the server again.
                sender.CrashAfterDelivery = false;
                Assert.Equal(0, (await factory.DispatchAsync(roslagen)).Sent);
            }

            // A restart: a new process over the same database.
            var afterRestart = new MailServerDouble();
            using (var factory = new PlatformFactory(dataDirectory) { TestServices = MailServerDouble.Install(afterRestart) })
            {
                Assert.Equal(0, (await factory.DispatchAsync(roslagen)).Sent);
                factory.Clock.Advance(TimeSpan.FromMinutes(16)); // past the sending lease
                var result = await factory.DispatchAsync(roslagen);

                Assert.Equal((0, 1), (result.Sent, result.Abandoned));
                Assert.Empty(afterRestart.Delivered);
                var message = Assert.Single(await factory.OutboxAsync(roslagen));
                Assert.Equal(OutboxStatus.Dead, message.Status);
                Assert.Equal(OutboxDispatcher.AbandonedError, message.LastError);
            }
            Assert.Single(sender.Delivered);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task A_refused_message_backs_off_and_is_dead_after_the_last_attempt()
    {
        var sender = new MailServerDouble { Refuse = true };
        using var factory = new PlatformFactory(null, ("Email:MaxAttempts", "3"), ("Email:RetryBaseSeconds", "60"))
        { TestServices = MailServerDouble.Install(sender) };
        var suvs = await factory.ProvisionAsync("suvs");
        await factory.QueueAsync(suvs, EmailTestKit.Message("faktura/2027/1"));
        var start = factory.Clock.GetUtcNow().UtcDateTime;

        Assert.Equal(1, (await factory.DispatchAsync(suvs)).Refused);
        var first = Assert.Single(await factory.OutboxAsync(suvs));
        Assert.Equal((OutboxStatus.Failed, 1, start.AddSeconds(60)), (first.Status, first.Attempts, first.NextAttemptAt));
        Assert.Contains("550", first.LastError, StringComparison.Ordinal);

        Assert.Equal(OutboxDispatchResult.Nothing, await factory.DispatchAsync(suvs)); // not due yet
        factory.Clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(1, (await factory.DispatchAsync(suvs)).Refused);
        Assert.Equal(start.AddSeconds(60 + 120), Assert.Single(await factory.OutboxAsync(suvs)).NextAttemptAt);
        factory.Clock.Advance(TimeSpan.FromSeconds(120));
        Assert.Equal(1, (await factory.DispatchAsync(suvs)).Dead);

        factory.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(OutboxDispatchResult.Nothing, await factory.DispatchAsync(suvs));
        var dead = Assert.Single(await factory.OutboxAsync(suvs));
        Assert.Equal((OutboxStatus.Dead, 3), (dead.Status, dead.Attempts));
        Assert.Empty(sender.Delivered);
    }

    [Fact]
    public async Task A_mail_server_that_is_down_costs_no_attempts_and_the_messages_go_out_when_it_is_back()
    {
        var sender = new MailServerDouble { ServerDown = true };
        using var factory = new PlatformFactory(null, ("Email:MaxAttempts", "2")) { TestServices = MailServerDouble.Install(sender) };
        var varna = await factory.ProvisionAsync("varna");
        for (var i = 0; i < 3; i++) await factory.QueueAsync(varna, EmailTestKit.Message($"paminnelse/{i}"));

        for (var minute = 0; minute < 10; minute++)
        {
            Assert.Equal(3, (await factory.DispatchAsync(varna)).Waiting);
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        Assert.All(await factory.OutboxAsync(varna), m =>
        {
            Assert.Equal((OutboxStatus.Pending, 0), (m.Status, m.Attempts));
            Assert.Contains("testserver nere", m.LastError, StringComparison.Ordinal);
        });

        sender.ServerDown = false;
        Assert.Equal(3, (await factory.DispatchAsync(varna)).Sent);
        Assert.Equal(3, sender.Delivered.Count);
        Assert.All(await factory.OutboxAsync(varna), m => Assert.Equal((OutboxStatus.Sent, (string?)null), (m.Status, m.LastError)));
    }

    [Fact]
    public async Task The_same_correlation_key_is_queued_once()
    {
        using var factory = new PlatformFactory();
        var hbs = await factory.ProvisionAsync("hbs");

        var twiceInOneUnit = await factory.InTenantAsync(hbs, async services =>
        {
            var outbox = services.GetRequiredService<EmailOutbox>();
            var first = await outbox.QueueAsync(EmailTestKit.Message("kallelse/7/anna/v3"), CancellationToken.None);
            var second = await outbox.QueueAsync(EmailTestKit.Message("kallelse/7/anna/v3"), CancellationToken.None);
            await services.GetRequiredService<TenantDb>().SaveChangesAsync();
            return (first, second);
        });
        var later = await factory.QueueAsync(hbs, EmailTestKit.Message("kallelse/7/anna/v3"));
        var nextVersion = await factory.QueueAsync(hbs, EmailTestKit.Message("kallelse/7/anna/v4"));

        Assert.Equal((true, false, false, true), (twiceInOneUnit.first, twiceInOneUnit.second, later, nextVersion));
        Assert.Equal(2, (await factory.OutboxAsync(hbs)).Count);
    }

    [Fact]
    public async Task A_message_is_written_only_together_with_the_change_that_causes_it()
    {
        using var factory = new PlatformFactory();
        var sundsvall = await factory.ProvisionAsync("sundsvall");
        await factory.InTenantAsync(sundsvall, async services =>
        {
            var db = services.GetRequiredService<TenantDb>();
            db.Members.Add(new Member { Id = Guid.NewGuid(), Name = "Sundsvalls kommun", Kind = MemberKind.Municipality });
            await db.SaveChangesAsync();
        });

        var failed = await factory.InTenantAsync(sundsvall, async services =>
        {
            var db = services.GetRequiredService<TenantDb>();
            // The change (a second member with the same name) breaks a unique index, so the unit fails.
            db.Members.Add(new Member { Id = Guid.NewGuid(), Name = "Sundsvalls kommun", Kind = MemberKind.Municipality });
            await services.GetRequiredService<EmailOutbox>().QueueAsync(EmailTestKit.Message("medlem/ny"), CancellationToken.None);
            return await Record.ExceptionAsync(() => db.SaveChangesAsync());
        });

        Assert.IsType<DbUpdateException>(failed);
        Assert.Empty(await factory.OutboxAsync(sundsvall));
    }

    [Theory]
    [InlineData("inte-en-adress")]
    [InlineData("")]
    public async Task A_message_that_could_never_be_sent_is_refused_when_queued(string address)
    {
        using var factory = new PlatformFactory();
        var hbs = await factory.ProvisionAsync("hbs");

        await Assert.ThrowsAsync<ArgumentException>(() => factory.QueueAsync(hbs, EmailTestKit.Message("x/1", to: address)));
        Assert.Empty(await factory.OutboxAsync(hbs));
    }
}
