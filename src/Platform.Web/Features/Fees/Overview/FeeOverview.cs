using Microsoft.EntityFrameworkCore;
using Platform.Features.Fees.Decisions;
using Platform.Features.Fees.Model;
using Platform.Infrastructure;
using Platform.Persistence;

namespace Platform.Features.Fees.Overview;

/// <summary>Invoices with their payments and status, and the year's overview per member.</summary>
internal sealed class FeeOverview(TenantDb db, TimeProvider clock)
{
    public static string Label(InvoiceStatus status) => status switch
    {
        InvoiceStatus.Unpaid => "Obetald",
        InvoiceStatus.PartlyPaid => "Delbetald",
        InvoiceStatus.Paid => "Betald",
        InvoiceStatus.Overpaid => "Överbetald",
        InvoiceStatus.Overdue => "Förfallen",
        InvoiceStatus.Credited => "Krediterad",
        InvoiceStatus.CreditNote => "Kreditfaktura",
        _ => status.ToString(),
    };

    public static InvoiceStatus StatusOf(Invoice invoice, long paid, bool credited, DateOnly today) =>
        invoice.Kind == InvoiceKind.CreditNote ? InvoiceStatus.CreditNote
        : credited ? InvoiceStatus.Credited
        : paid > invoice.Total ? InvoiceStatus.Overpaid
        : paid == invoice.Total ? InvoiceStatus.Paid
        : today > invoice.DueDate ? InvoiceStatus.Overdue
        : paid > 0 ? InvoiceStatus.PartlyPaid
        : InvoiceStatus.Unpaid;

    /// <summary>One invoice or credit note with its view, or null.</summary>
    public async Task<(Invoice Invoice, InvoiceView View)?> InvoiceAsync(Guid id, CancellationToken ct) =>
        (await InvoicesAsync(null, ct, only: id)) is [var one] ? one : null;

    /// <summary>The year's invoices and credit notes, newest number first (all of them when <paramref name="year"/> is null).</summary>
    public Task<List<(Invoice Invoice, InvoiceView View)>> InvoicesAsync(int? year, CancellationToken ct, Guid? only = null)
    {
        var query = db.Invoices.AsNoTracking();
        if (year is not null) query = query.Where(i => i.Year == year);
        if (only is not null) query = query.Where(i => i.Id == only);
        return ViewsAsync(query, ct);
    }

    /// <summary>
    /// The overdue invoices, newest number first. The database is asked only for those that can be
    /// overdue (an invoice, not credited, past its due date, paid less than its total), so the start
    /// page does not read every invoice there has ever been (issue 24); <see cref="StatusOf"/> still decides.
    /// </summary>
    public async Task<List<(Invoice Invoice, InvoiceView View)>> OverdueAsync(CancellationToken ct)
    {
        var today = SwedishTime.Today(clock);
        var (invoices, payments) = (db.Invoices, db.Payments);
        var candidates = invoices.AsNoTracking().Where(i =>
            i.Kind != InvoiceKind.CreditNote && i.DueDate < today
            && !invoices.Any(c => c.CreditsInvoiceId == i.Id)
            && payments.Where(p => p.InvoiceId == i.Id && p.ReversedAt == null).Sum(p => p.Amount) < i.Net + i.Vat);
        return [.. (await ViewsAsync(candidates, ct)).Where(i => i.View.Status == nameof(InvoiceStatus.Overdue))];
    }

    private async Task<List<(Invoice Invoice, InvoiceView View)>> ViewsAsync(IQueryable<Invoice> query, CancellationToken ct)
    {
        var invoices = await query.OrderByDescending(i => i.Number).ToListAsync(ct);
        if (invoices.Count == 0) return [];
        var ids = invoices.Select(i => i.Id).ToList();
        var paid = (await db.Payments.AsNoTracking().Where(p => p.InvoiceId != null && p.ReversedAt == null && ids.Contains(p.InvoiceId.Value)).Select(p => new { p.InvoiceId, p.Amount }).ToListAsync(ct))
            .GroupBy(p => p.InvoiceId!.Value).ToDictionary(g => g.Key, g => g.Sum(p => p.Amount));
        var credits = await db.Invoices.AsNoTracking().Where(i => i.CreditsInvoiceId != null && ids.Contains(i.CreditsInvoiceId.Value))
            .ToDictionaryAsync(i => i.CreditsInvoiceId!.Value, i => i.Number, ct);
        var today = SwedishTime.Today(clock);
        return invoices.Select(i =>
        {
            var p = paid.GetValueOrDefault(i.Id);
            var credited = credits.TryGetValue(i.Id, out var creditNumber);
            var status = StatusOf(i, p, credited, today);
            var outstanding = i.Kind == InvoiceKind.CreditNote || credited ? 0 : Math.Max(0, i.Total - p);
            return (i, new InvoiceView(i.Number, i.MemberId, i.BuyerName, i.Period, Money.ToKronor(i.Total), i.Ocr, i.InvoiceDate, i.DueDate, status.ToString(),
                i.Id, i.Kind.ToString(), i.Text, Money.ToKronor(i.Net), Money.ToKronor(i.Vat), Money.ToKronor(p), Money.ToKronor(outstanding),
                i.CreditsInvoiceNumber, credited ? creditNumber : null, i.EmailedAt));
        }).ToList();
    }

    public async Task<FeeYearOverview> YearAsync(int year, CancellationToken ct)
    {
        var decision = await db.FeeDecisions.AsNoTracking().Include(d => d.Shares).SingleOrDefaultAsync(d => d.Year == year, ct);
        if (decision is not null)
            decision.Shares = [.. decision.Shares.InDecisionOrder(s => s.Kind, s => s.Member)];
        var invoices = await InvoicesAsync(year, ct);
        var rows = new List<MemberFeeRow>();
        var memberIds = (decision?.Shares.Select(s => s.MemberId) ?? []).Concat(invoices.Select(i => i.Invoice.MemberId)).Distinct();
        foreach (var memberId in memberIds)
        {
            var share = decision?.Shares.SingleOrDefault(s => s.MemberId == memberId);
            var mine = invoices.Where(i => i.Invoice.MemberId == memberId).ToList();
            var invoiced = mine.Sum(i => i.Invoice.Total); // credit notes are negative
            var paid = mine.Sum(i => (long)(i.View.Paid * 100));
            var overdue = mine.Where(i => i.View.Status == nameof(InvoiceStatus.Overdue)).Sum(i => (long)(i.View.Outstanding * 100));
            rows.Add(new MemberFeeRow(memberId, share?.Member ?? mine[0].Invoice.BuyerName, share?.Kind.ToString() ?? "",
                (share?.Amount ?? 0) * 100, invoiced, paid, mine.Sum(i => (long)(i.View.Outstanding * 100)), overdue));
        }
        var order = decision?.Shares.Select(s => s.MemberId).ToList() ?? [];
        rows = [.. rows.OrderBy(r => order.IndexOf(r.MemberId) is var i and >= 0 ? i : int.MaxValue).ThenBy(r => r.Member, StringComparer.Ordinal)];
        var unmatched = await db.Payments.CountAsync(p => p.InvoiceId == null && p.ReversedAt == null, ct);
        return new FeeYearOverview(year, decision?.Total, rows, rows.Sum(r => r.Invoiced), rows.Sum(r => r.Paid), rows.Sum(r => r.Outstanding), rows.Sum(r => r.Overdue), unmatched);
    }
}
