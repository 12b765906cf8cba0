using Microsoft.EntityFrameworkCore;
using Platform.Features.Fees.Model;
using Platform.Infrastructure;
using Platform.Persistence;

namespace Platform.Features.Fees.Invoicing;

/// <summary>
/// The invoices and reminders a run could not make, each under a key per member and period (or per
/// invoice), with a Swedish reason for the office and a code the log carries beside the exception.
/// A later run that makes it removes the entry.
/// </summary>
internal sealed class InvoicingFailures(TenantDb db, TimeProvider clock, ILogger<InvoicingFailures> logger)
{
    /// <summary>The keys of the failures on record, so that a run removes only what it mends.</summary>
    public Task<HashSet<string>> KeysAsync(CancellationToken ct) => db.InvoicingFailures.AsNoTracking().Select(f => f.Key).ToHashSetAsync(ct);

    /// <summary>The invoice or reminder under <paramref name="key"/> was made this time.</summary>
    public Task MendedAsync(string key, CancellationToken ct) => db.InvoicingFailures.Where(f => f.Key == key).ExecuteDeleteAsync(ct);

    /// <summary>The invoicing failures of the year that no later run has mended, for the office.</summary>
    public async Task<List<InvoicingFailureView>> ForYearAsync(int year, CancellationToken ct) =>
        (await db.InvoicingFailures.AsNoTracking().Where(f => f.Year == year).ToListAsync(ct))
            .OrderBy(f => f.Member, StringComparer.Create(SwedishTime.Culture, ignoreCase: true)).ThenBy(f => f.Key, StringComparer.Ordinal)
            .Select(InvoicingFailureView.Of).ToList();

    /// <summary>
    /// Records (or updates) why one invoice or reminder could not be made, in Swedish, with a code that
    /// the log carries beside the exception; whatever the failed attempt had begun is dropped first.
    /// </summary>
    public async Task<InvoicingFailureView> RecordAsync(string key, Guid memberId, string member, int year, string what, Exception ex, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var now = clock.GetUtcNow();
        var code = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        logger.LogError(ex, "Invoicing {Key} for member {MemberId} failed (code {Code})", key, memberId, code);
        var why = ex is InvoiceNotMadeException ? ex.Message : "Ett oväntat fel inträffade när fakturan skapades.";
        var reason = $"{why} Felkod {code}. Nästa körning försöker igen; kvarstår felet, kontakta plattformens support och ange felkoden.";
        var failure = await db.InvoicingFailures.SingleOrDefaultAsync(f => f.Key == key, ct);
        if (failure is null)
        {
            failure = new InvoicingFailure { Id = Guid.CreateVersion7(now), Key = key, MemberId = memberId, Member = member, Year = year, What = what, Reason = reason };
            db.InvoicingFailures.Add(failure);
        }
        failure.Member = member.Length > 200 ? member[..200] : member;
        failure.What = what;
        failure.Reason = reason;
        failure.FailedAt = now.UtcDateTime;
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return InvoicingFailureView.Of(failure);
    }
}
