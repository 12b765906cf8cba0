using Microsoft.EntityFrameworkCore;
using Platform.Features.Fees.Model;
using Platform.Features.Fees.Overview;
using Platform.Infrastructure;
using Platform.Persistence;

namespace Platform.Features.Fees;

/// <summary>What the kansli must do about the fees, read only, for the start page: invoices past their due date and not fully paid.</summary>
internal sealed class FeeAgenda(TenantDb db, FeeOverview overview)
{
    public async Task<IReadOnlyList<OfficeTask>> ForOfficeAsync(CancellationToken ct)
    {
        var overdue = await overview.OverdueAsync(ct);
        if (overdue.Count == 0) return [];
        var ids = overdue.Select(i => i.Invoice.Id).ToList();
        var reminded = (await db.InvoiceReminders.AsNoTracking().Where(r => ids.Contains(r.InvoiceId)).Select(r => new { r.InvoiceId, r.SentAt }).ToListAsync(ct))
            .GroupBy(r => r.InvoiceId).ToDictionary(g => g.Key, g => g.Max(r => r.SentAt));
        return overdue.OrderBy(i => i.Invoice.DueDate).ThenBy(i => i.Invoice.Number).Select(i =>
        {
            var reminder = reminded.TryGetValue(i.Invoice.Id, out var sent) ? $" Påminnelse skickad {SwedishTime.DateOf(sent):yyyy-MM-dd}." : "";
            return new OfficeTask(
                $"Förfallen faktura {i.Invoice.Number}: {i.Invoice.BuyerName}",
                $"{i.Invoice.Text}. Förföll {i.Invoice.DueDate:yyyy-MM-dd}, {Money.Format((long)(i.View.Outstanding * 100))} är obetalt.{reminder}",
                $"/avgifter/fakturor/{i.Invoice.Id}",
                i.Invoice.DueDate,
                Urgent: false);
        }).ToList();
    }
}
