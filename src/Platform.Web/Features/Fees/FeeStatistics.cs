using Microsoft.EntityFrameworkCore;
using Platform.Features.Fees.Model;
using Platform.Features.Fees.Overview;
using Platform.Features.Network;
using Platform.Persistence;

namespace Platform.Features.Fees;

/// <summary>The fees' part of the network statistics: per year decided, invoiced (net of credit notes), paid and overdue, in kronor.</summary>
internal sealed class FeeStatistics(TenantDb db, FeeOverview overview) : IStatisticsSource
{
    public async Task<IReadOnlyCollection<int>> YearsAsync(CancellationToken ct) =>
        await db.FeeDecisions.Select(d => d.Year).Union(db.Invoices.Select(i => i.Year)).ToListAsync(ct);

    public async Task AddFiguresAsync(StatisticsSheet sheet, CancellationToken ct)
    {
        var years = await YearsAsync(ct);
        foreach (var year in sheet.Years.Where(years.Contains))
        {
            var fees = await overview.YearAsync(year, ct);
            if (fees.Total is { } total) sheet.Add(year, NetworkFigures.FeesDecided, total);
            sheet.Add(year, NetworkFigures.FeesInvoiced, Money.ToKronor(fees.Invoiced));
            sheet.Add(year, NetworkFigures.FeesPaid, Money.ToKronor(fees.Paid));
            sheet.Add(year, NetworkFigures.FeesOverdue, Money.ToKronor(fees.Overdue));
        }
    }
}
