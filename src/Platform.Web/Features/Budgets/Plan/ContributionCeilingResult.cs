using Platform.Features.Budgets.Model;

namespace Platform.Features.Budgets.Plan;

/// <summary>The largest total the offers allow, the parties whose offer caps it (more than one when their offers give the same total), and each party's share of it (the municipalities take the rest of the rounding).</summary>
internal sealed record ContributionCeilingResult(long Total, IReadOnlyList<OfferParty> CappedBy, IReadOnlyDictionary<OfferParty, long> Split);
