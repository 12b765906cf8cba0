using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Infrastructure.Email;

/// <summary>
/// Sends an association's due email. Delivery is recorded before it is attempted: a message is
/// claimed (status Sending) in its own committed update, then handed to the server, then marked
/// Sent. A retry or a restart can therefore never send a message twice: a claim that was never
/// completed is not sent again but turns Dead after the lease, with an explanation for the admins,
/// because nobody can know whether the server received it. Only a certain "not delivered"
/// (server unreachable or message refused) makes the message eligible again.
/// </summary>
internal sealed class OutboxDispatcher(
    TenantDb db,
    TenantContext tenantContext,
    AssociationLetterhead letterhead,
    IEmailSender sender,
    TimeProvider clock,
    IOptions<EmailOptions> emailOptions,
    IOptions<PlatformOptions> platformOptions,
    ILogger<OutboxDispatcher> logger)
{
    internal const string AbandonedError =
        "Sändningen avbröts innan resultatet hann registreras. Det går inte att veta om meddelandet kom fram; " +
        "kontrollera med mottagaren innan du skickar det igen.";

    private EmailOptions Options => emailOptions.Value;
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<OutboxDispatchResult> DispatchDueAsync(CancellationToken ct)
    {
        var abandoned = await GiveUpOnAbandonedClaimsAsync(ct);
        var now = Now;
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => (m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Failed) && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Select(m => m.Id)
            .Take(Options.BatchSize)
            .ToListAsync(ct);
        if (due.Count == 0) return OutboxDispatchResult.Nothing with { Abandoned = abandoned };

        var tenant = tenantContext.Current;
        var profile = await letterhead.GetAsync(ct);
        IEmailConnection connection;
        try
        {
            connection = await sender.ConnectAsync(ct);
        }
        catch (EmailNotDeliveredException ex)
        {
            await NoteServerUnavailableAsync(due, ex.Message, ct);
            logger.LogWarning(ex, "Mail server unavailable; {Count} messages wait for the next run", due.Count);
            return new OutboxDispatchResult(0, 0, 0, due.Count, abandoned);
        }

        int sent = 0, refused = 0, dead = 0, waiting = 0;
        await using (connection)
        {
            for (var i = 0; i < due.Count; i++)
            {
                var id = due[i];
                if (!await ClaimAsync(id, ct)) continue; // another dispatcher run has it

                var message = await db.OutboxMessages.AsNoTracking().Include(m => m.Attachments).SingleAsync(m => m.Id == id, ct);
                var mime = OutboxMime.Build(message, profile, tenant, Options, platformOptions.Value.Domain);
                try
                {
                    await connection.SendAsync(mime, ct);
                }
                catch (EmailNotDeliveredException ex) when (ex.ServerUnavailable)
                {
                    await ReleaseAsync(id, ex.Message);
                    waiting = due.Count - i;
                    await NoteServerUnavailableAsync(due.Skip(i + 1).ToList(), ex.Message, ct);
                    logger.LogWarning(ex, "Lost the mail server; {Count} messages wait for the next run", waiting);
                    break;
                }
                catch (EmailNotDeliveredException ex)
                {
                    if (await RecordRefusalAsync(message, ex.Message)) dead++;
                    else refused++;
                    logger.LogWarning(ex, "Message {MessageId} was refused (attempt {Attempt})", id, message.Attempts + 1);
                    continue;
                }
                // Any other exception leaves the message claimed: the outcome is unknown, so it is not
                // sent again automatically (see the class summary).

                // Recorded even when the run is being cancelled: the message has gone.
                await RecordSentAsync(id);
                sent++;
            }
        }

        if (sent + refused + dead > 0)
            logger.LogInformation("Outbox: {Sent} sent, {Refused} refused, {Dead} given up, {Waiting} waiting", sent, refused, dead, waiting);
        return new OutboxDispatchResult(sent, refused, dead, waiting, abandoned);
    }

    /// <summary>Claims a due message for this run; false when another run got there first.</summary>
    private async Task<bool> ClaimAsync(Guid id, CancellationToken ct)
    {
        var now = Now;
        var claimed = await db.OutboxMessages
            .Where(m => m.Id == id && (m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Failed) && m.NextAttemptAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sending).SetProperty(m => m.ClaimedAt, now), ct);
        return claimed == 1;
    }

    private Task<int> RecordSentAsync(Guid id)
    {
        var now = Now;
        return db.OutboxMessages.Where(m => m.Id == id && m.Status == OutboxStatus.Sending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Sent)
                .SetProperty(m => m.SentAt, now)
                .SetProperty(m => m.ClaimedAt, (DateTime?)null)
                .SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1), CancellationToken.None);
    }

    /// <summary>Records a refusal; returns true when the message is now dead.</summary>
    private async Task<bool> RecordRefusalAsync(OutboxMessage message, string error)
    {
        var attempts = message.Attempts + 1;
        var dead = attempts >= Options.MaxAttempts;
        var next = Now + Options.RetryDelay(attempts);
        await db.OutboxMessages.Where(m => m.Id == message.Id && m.Status == OutboxStatus.Sending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, dead ? OutboxStatus.Dead : OutboxStatus.Failed)
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.NextAttemptAt, next)
                .SetProperty(m => m.ClaimedAt, (DateTime?)null)
                .SetProperty(m => m.LastError, Truncate(error)), CancellationToken.None);
        return dead;
    }

    /// <summary>Gives a claimed message back untouched: the server was not there, the message is not to blame.</summary>
    private Task<int> ReleaseAsync(Guid id, string error) =>
        db.OutboxMessages.Where(m => m.Id == id && m.Status == OutboxStatus.Sending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Pending)
                .SetProperty(m => m.ClaimedAt, (DateTime?)null)
                .SetProperty(m => m.LastError, Truncate(error)), CancellationToken.None);

    private Task NoteServerUnavailableAsync(List<Guid> ids, string error, CancellationToken ct) =>
        ids.Count == 0 ? Task.CompletedTask : db.OutboxMessages
            .Where(m => ids.Contains(m.Id) && (m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Failed))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LastError, Truncate(error)), ct);

    private async Task<int> GiveUpOnAbandonedClaimsAsync(CancellationToken ct)
    {
        var expired = Now - TimeSpan.FromMinutes(Options.SendingLeaseMinutes);
        var count = await db.OutboxMessages
            .Where(m => m.Status == OutboxStatus.Sending && m.ClaimedAt < expired)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Dead)
                .SetProperty(m => m.ClaimedAt, (DateTime?)null)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.LastError, AbandonedError), ct);
        if (count > 0) logger.LogWarning("{Count} messages were claimed but never recorded as sent; they are dead and wait for an admin", count);
        return count;
    }

    private static string Truncate(string error) => error.Length <= 2000 ? error : error[..2000];
}
