using Microsoft.EntityFrameworkCore;
using Platform.Features.Fees.Model;
using Platform.Features.Fees.Overview;
using Platform.Persistence;

namespace Platform.Features.Fees;

/// <summary>
/// Published for the budget: what each member party contributes in a year by the fee decision (whole
/// kronor), and the association's organisation number from the invoicing settings.
/// </summary>
internal sealed class FeeContributions(TenantDb db, FeeOverview overview)
{
    /// <summary>For each of <paramref name="years"/> that has a fee decision: member → the year's fee.</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<Guid, long>>> ForYearsAsync(IReadOnlyCollection<int> years, CancellationToken ct)
    {
        var shares = await (from d in db.FeeDecisions.AsNoTracking()
                            where years.Contains(d.Year)
                            from s in d.Shares
                            select new { d.Year, s.MemberId, s.Amount }).ToListAsync(ct);
        return shares.GroupBy(s => s.Year).ToDictionary(
            g => g.Key, g => (IReadOnlyDictionary<Guid, long>)g.GroupBy(s => s.MemberId).ToDictionary(m => m.Key, m => m.Sum(s => s.Amount)));
    }

    /// <summary>
    /// What each member has paid on the year's invoices (credit notes and reversed payments counted as the fee
    /// overview counts them), member → whole kronor (rounded down); members without invoices are missing.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, long>> PaidAsync(int year, CancellationToken ct) =>
        (await overview.YearAsync(year, ct)).Members.ToDictionary(m => m.MemberId, m => m.Paid / 100);

    /// <summary>The association's organisation number (NNNNNN-NNNN), or null before the invoicing settings are saved.</summary>
    public Task<string?> OrganisationNumberAsync(CancellationToken ct) =>
        db.Set<FeeSettings>().AsNoTracking().Where(s => s.Id == FeeSettings.SingletonId).Select(s => s.OrganisationNumber).SingleOrDefaultAsync(ct);
}
