using Platform.Features.Budgets.Model;

namespace Platform.Features.Budgets.Plan;

/// <summary>
/// The largest total the parties' offers allow under the fixed split (state 50 %, region 25 %,
/// municipalities 25 %): every party pays its share of one total, so the smallest offer divided by its
/// share caps everyone (SUVS 2022: the state offers 5 438 000 but the region's 1 732 500 is a quarter of
/// 6 930 000, so the total is 6 930 000). Pure arithmetic, whole kronor.
/// </summary>
internal static class ContributionCeiling
{
    /// <summary>The ceiling, or null when no party has offered anything.</summary>
    public static ContributionCeilingResult? Of(IReadOnlyDictionary<OfferParty, long> offers)
    {
        if (offers.Count == 0) return null;
        // offer / share, rounded down to whole kronor (share in per cent, so offer × 100 / share).
        var allowed = offers.ToDictionary(o => o.Key, o => o.Value * 100 / o.Key.SharePercent());
        var total = allowed.Values.Min();
        var cappedBy = allowed.Where(a => a.Value == total).Select(a => a.Key).Order().ToList();
        var state = total * OfferParty.State.SharePercent() / 100;
        var region = total * OfferParty.Region.SharePercent() / 100;
        var split = new Dictionary<OfferParty, long>
        {
            [OfferParty.State] = state,
            [OfferParty.Region] = region,
            [OfferParty.Municipalities] = total - state - region,
        };
        return new ContributionCeilingResult(total, cappedBy, split);
    }
}
