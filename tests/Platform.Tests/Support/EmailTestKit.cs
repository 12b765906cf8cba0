using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using NSubstitute;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Tests.Support;

/// <summary>
/// The mail server behind the <see cref="IEmailSender"/> port, as NSubstitute doubles of the sender
/// and its connection: up or down, accepting or refusing, or a process that dies after the server
/// accepted a message but before it was recorded. What it accepted is in <see cref="Delivered"/>.
/// </summary>
internal sealed class MailServerDouble
{
    public IEmailSender Sender { get; } = Substitute.For<IEmailSender>();
    public IEmailConnection Connection { get; } = Substitute.For<IEmailConnection>();
    public ConcurrentQueue<MimeMessage> Delivered { get; } = new();

    /// <summary>Connecting fails as with a server that does not answer.</summary>
    public bool ServerDown { get; set; }

    /// <summary>The server refuses every message (a permanent 550).</summary>
    public bool Refuse { get; set; }

    /// <summary>The server accepts each message, and then the process stops before it records that.</summary>
    public bool CrashAfterDelivery { get; set; }

    public MailServerDouble()
    {
        // Configured once; each call reads the state the test has set.
        Sender.ConnectAsync(default).ReturnsForAnyArgs(_ => ServerDown
            ? Task.FromException<IEmailConnection>(new EmailNotDeliveredException("Anslutningen nekades (testserver nere)", serverUnavailable: true))
            : Task.FromResult(Connection));
        Connection.SendAsync(default!, default).ReturnsForAnyArgs(call =>
        {
            if (Refuse) return Task.FromException(new EmailNotDeliveredException("550 5.1.1 Mottagaren finns inte", serverUnavailable: false));
            Delivered.Enqueue(call.Arg<MimeMessage>());
            return CrashAfterDelivery ? Task.FromException(new InvalidOperationException("The process stopped after the server accepted the message.")) : Task.CompletedTask;
        });
    }

    public static Action<IServiceCollection> Install(MailServerDouble server) => services => services.AddScoped(_ => server.Sender);
}

/// <summary>The steps email tests repeat: queue like a feature, dispatch like the job, read the outbox.</summary>
internal static class EmailTestKit
{
    public static EmailMessage Message(string key, string subject = "Kallelse till styrelsemöte", string to = "anna.aberg@example.org", params EmailFile[] attachments) =>
        new(key, [new EmailRecipient(to, "Anna Åberg")], new EmailContent(subject, subject, ["Välkommen till styrelsens möte."]), attachments);

    public static Task<bool> QueueAsync(this PlatformFactory factory, TenantInfo tenant, EmailMessage message) =>
        factory.InTenantAsync(tenant, async services =>
        {
            var queued = await services.GetRequiredService<EmailOutbox>().QueueAsync(message, CancellationToken.None);
            await services.GetRequiredService<TenantDb>().SaveChangesAsync();
            return queued;
        });

    public static Task<OutboxDispatchResult> DispatchAsync(this PlatformFactory factory, TenantInfo tenant) =>
        factory.InTenantAsync(tenant, services => services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None));

    public static Task<List<OutboxMessage>> OutboxAsync(this PlatformFactory factory, TenantInfo tenant) =>
        factory.InTenantAsync(tenant, services => services.GetRequiredService<TenantDb>().OutboxMessages.AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync());

    public static Task SetStatusAsync(this PlatformFactory factory, TenantInfo tenant, Guid id, OutboxStatus status) =>
        factory.InTenantAsync(tenant, services => services.GetRequiredService<TenantDb>().OutboxMessages.Where(m => m.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, status)));
}
