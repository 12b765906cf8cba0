using Microsoft.EntityFrameworkCore;
using Platform.Features.Fees.Model;
using Platform.Features.Fees.Settings;
using Platform.Infrastructure;
using Platform.Infrastructure.Email;
using Platform.Persistence;

namespace Platform.Features.Fees.Invoicing;

/// <summary>The reminders of unpaid invoices, every morning after the invoicing run.</summary>
internal sealed class PaymentReminders(
    TenantDb db, FeeSettingsStore settingsStore, EmailOutbox outbox, TimeProvider clock, OutboxDispatch dispatch, InvoicingFailures failures,
    ILogger<PaymentReminders> logger)
{
    /// <summary>
    /// Reminds members of unpaid invoices: level 1 the set number of days after the due date, level 2
    /// as many days later, and so on. Only the level due today is sent (after an outage, not the missed
    /// ones), once: the reminder row and its email share a transaction and a unique key.
    /// </summary>
    public async Task<int> SendAsync(CancellationToken ct)
    {
        var settings = await settingsStore.GetAsync(ct);
        if (settings.ReminderLevels == 0) return 0;
        var today = SwedishTime.Today(clock);
        var firstDue = today.AddDays(-settings.ReminderDays);
        var candidates = await db.Invoices.AsNoTracking()
            .Where(i => i.Kind == InvoiceKind.Invoice && i.DueDate <= firstDue && i.BuyerEmail != null && !db.Set<Invoice>().Any(c => c.CreditsInvoiceId == i.Id))
            .ToListAsync(ct);
        var earlierFailures = await failures.KeysAsync(ct);
        var sent = 0;
        foreach (var invoice in candidates)
        {
            // One invoice's failure never stops the other reminders.
            var failureKey = $"paminnelse:{invoice.Id:N}";
            try
            {
                if (await RemindAsync(invoice, settings, today, ct)) sent++;
                if (earlierFailures.Contains(failureKey)) await failures.MendedAsync(failureKey, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await failures.RecordAsync(failureKey, invoice.MemberId, invoice.BuyerName, invoice.Year, $"Påminnelse om faktura {invoice.Number}", ex, ct);
            }
        }
        if (sent > 0) dispatch.Now();
        return sent;
    }

    /// <summary>Sends the reminder due today for <paramref name="invoice"/>, if one is; whether it did.</summary>
    private async Task<bool> RemindAsync(Invoice invoice, FeeSettings settings, DateOnly today, CancellationToken ct)
    {
        var paid = await db.Payments.Where(p => p.InvoiceId == invoice.Id && p.ReversedAt == null).SumAsync(p => (long?)p.Amount, ct) ?? 0;
        if (paid >= invoice.Total) return false;
        var level = Math.Min(settings.ReminderLevels, (today.DayNumber - invoice.DueDate.DayNumber) / settings.ReminderDays);
        if (level < 1 || await db.InvoiceReminders.AnyAsync(r => r.InvoiceId == invoice.Id && r.Level >= level, ct)) return false;

        db.InvoiceReminders.Add(new InvoiceReminder { Id = Guid.CreateVersion7(clock.GetUtcNow()), InvoiceId = invoice.Id, Level = level, SentAt = clock.GetUtcNow().UtcDateTime });
        var left = invoice.Total - paid;
        await outbox.QueueAsync(new EmailMessage(
            $"paminnelse:{invoice.Id:N}:{level}",
            [new EmailRecipient(invoice.BuyerEmail!, invoice.BuyerName)],
            new EmailContent(
                $"{(level > 1 ? $"Påminnelse {level}" : "Påminnelse")}: faktura {invoice.Number} från {invoice.SellerName}",
                $"Påminnelse om faktura {invoice.Number}",
                [
                    $"Vi har inte fått full betalning för faktura {invoice.Number} ({invoice.Text}), som förföll {invoice.DueDate:yyyy-MM-dd}.",
                        paid > 0 ? $"Betalt hittills: {Money.Format(paid)}. Kvar att betala: {Money.Format(left)}." : $"Att betala: {Money.Format(left)}.",
                        $"Betala till bankgiro {invoice.Bankgiro} med OCR-nummer {invoice.Ocr}. Har ni redan betalat kan ni bortse från denna påminnelse.",
                ]),
            [new EmailFile($"Faktura-{invoice.Number}.pdf", "application/pdf", InvoicePdf.Render(invoice))]), ct);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException ex)
        {
            logger.LogInformation(ex, "The reminder of invoice {Number} was sent by a concurrent run", invoice.Number);
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
