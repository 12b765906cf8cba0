using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Tests.Support;

/// <summary>
/// An email sender whose behaviour a test scripts: a server that is down, a refusing server, or a
/// process that dies after the server accepted the message but before it was recorded.
/// </summary>
public sealed class ScriptedSender : IEmailSender, IEmailConnection
{
    public ConcurrentQueue<MimeMessage> Delivered { get; } = new();
    public bool ServerDown { get; set; }
    public bool Refuse { get; set; }
    public bool CrashAfterDelivery { get; set; }

    public Task<IEmailConnection> ConnectAsync(CancellationToken ct) =>
        ServerDown ? throw new EmailNotDeliveredException("Anslutningen nekades (testserver nere)", serverUnavailable: true) : Task.FromResult<IEmailConnection>(this);

    public Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        if (Refuse) throw new EmailNotDeliveredException("550 5.1.1 Mottagaren finns inte", serverUnavailable: false);
        Delivered.Enqueue(message);
        if (CrashAfterDelivery) throw new InvalidOperationException("The process stopped after the server accepted the message.");
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public static Action<IServiceCollection> Install(ScriptedSender sender) => services => services.AddScoped<IEmailSender>(_ => sender);
}

/// <summary>The steps email tests repeat: queue like a feature, dispatch like the job, read the outbox.</summary>
public static class EmailTestKit
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
