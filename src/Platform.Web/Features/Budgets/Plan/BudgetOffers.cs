using Microsoft.EntityFrameworkCore;
using Platform.Features.Budgets.Model;
using Platform.Features.Budgets.Sheet;
using Platform.Infrastructure.Identity;
using Platform.Persistence;
using static Platform.Features.Budgets.Plan.PlanViews;

namespace Platform.Features.Budgets.Plan;

/// <summary>The parties' offered contributions for a year and the largest total they allow (<see cref="ContributionCeiling"/>), beside the budget's member contributions; changes audited.</summary>
internal sealed class BudgetOffers(TenantDb db, BudgetSheets sheets, AuditLog audit, TimeProvider clock, IHttpContextAccessor http)
{
    private string Actor => http.HttpContext?.User.ActorName() ?? "system";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<OffersItem> OffersAsync(int year, CancellationToken ct)
    {
        var offers = await db.ContributionOffers.AsNoTracking().Where(o => o.Year == year).ToDictionaryAsync(o => o.Party, o => o.Amount, ct);
        var ceiling = ContributionCeiling.Of(offers);
        var sheet = await sheets.ForYearAsync(year, ct);
        return new OffersItem(year, Get(OfferParty.State), Get(OfferParty.Region), Get(OfferParty.Municipalities),
            ceiling is null ? null : new CeilingItem(ceiling.Total, [.. ceiling.CappedBy.Select(p => p.Code())],
                ceiling.Split[OfferParty.State], ceiling.Split[OfferParty.Region], ceiling.Split[OfferParty.Municipalities]),
            sheet?.Sum(BudgetGroup.MemberContributions, SheetColumn.Budget));
        long? Get(OfferParty p) => offers.TryGetValue(p, out var a) ? a : null;
    }

    public async Task<Outcome<OffersItem>> SaveOffersAsync(int year, OffersInput input, CancellationToken ct)
    {
        if (!BudgetYears.InRange(year)) return Outcomes.NotFound(BudgetYears.OutOfRange);
        var errors = new FieldErrors();
        var amounts = new Dictionary<OfferParty, long?>
        {
            [OfferParty.State] = BudgetAmounts.Read(errors, "state", input.State),
            [OfferParty.Region] = BudgetAmounts.Read(errors, "region", input.Region),
            [OfferParty.Municipalities] = BudgetAmounts.Read(errors, "municipalities", input.Municipalities),
        };
        if (errors.Any) return Outcomes.Invalid(errors);
        var saved = await db.ContributionOffers.Where(o => o.Year == year).ToListAsync(ct);
        foreach (var (party, amount) in amounts)
        {
            var offer = saved.FirstOrDefault(o => o.Party == party);
            if (amount is null)
            {
                if (offer is not null) db.ContributionOffers.Remove(offer);
                continue;
            }
            if (offer is null)
            {
                offer = new ContributionOffer { Id = Guid.NewGuid(), Year = year, Party = party, UpdatedBy = Actor };
                db.ContributionOffers.Add(offer);
            }
            offer.Amount = amount.Value;
            offer.UpdatedAt = Now;
            offer.UpdatedBy = Actor;
        }
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditEvents.BudgetOffersChanged, $"Parternas bud {year}",
            string.Join(", ", amounts.Select(a => $"{a.Key.SwedishLabel()}: {(a.Value is { } v ? v + " kr" : "inget")}")), ct);
        return Outcomes.Ok(await OffersAsync(year, ct));
    }
}
