using Platform.Features.Budgets.Model;
using Platform.Features.Budgets.Plan;

namespace Platform.Tests.Features.Budgets.Plan;

/// <summary>The contribution ceiling: the smallest offer divided by its share caps the total everyone pays.</summary>
public sealed class ContributionCeilingTests
{
    [Fact]
    public void Suvs_2022_the_states_larger_offer_is_capped_by_the_region_and_the_municipalities_at_6_930_000()
    {
        var ceiling = ContributionCeiling.Of(new Dictionary<OfferParty, long>
        {
            [OfferParty.State] = 5_438_000,
            [OfferParty.Region] = 1_732_500,
            [OfferParty.Municipalities] = 1_732_500,
        })!;
        Assert.Equal(6_930_000, ceiling.Total);
        Assert.Equal([OfferParty.Region, OfferParty.Municipalities], ceiling.CappedBy);
        Assert.Equal(3_465_000, ceiling.Split[OfferParty.State]);
        Assert.Equal(1_732_500, ceiling.Split[OfferParty.Region]);
        Assert.Equal(1_732_500, ceiling.Split[OfferParty.Municipalities]);
    }

    [Fact]
    public void The_state_caps_when_its_offer_is_the_smallest_share_and_the_split_adds_up_to_the_krona()
    {
        var ceiling = ContributionCeiling.Of(new Dictionary<OfferParty, long>
        {
            [OfferParty.State] = 3_000_001,
            [OfferParty.Region] = 2_000_000,
            [OfferParty.Municipalities] = 1_800_000,
        })!;
        // 3 000 001 / 50 % = 6 000 002; 2 000 000 / 25 % = 8 000 000; 1 800 000 / 25 % = 7 200 000.
        Assert.Equal(6_000_002, ceiling.Total);
        Assert.Equal([OfferParty.State], ceiling.CappedBy);
        Assert.Equal(ceiling.Total, ceiling.Split.Values.Sum());
        Assert.Equal(3_000_001, ceiling.Split[OfferParty.State]);
    }

    [Fact]
    public void Only_the_offers_made_count_and_none_gives_no_ceiling()
    {
        Assert.Null(ContributionCeiling.Of(new Dictionary<OfferParty, long>()));
        var ceiling = ContributionCeiling.Of(new Dictionary<OfferParty, long> { [OfferParty.Municipalities] = 1_000_001 })!;
        Assert.Equal(4_000_004, ceiling.Total);
        Assert.Equal([OfferParty.Municipalities], ceiling.CappedBy);
    }
}
