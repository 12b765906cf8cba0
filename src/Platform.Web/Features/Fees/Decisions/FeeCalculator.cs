using System.Numerics;
using Platform.Features.Fees.Model;
using Platform.Features.Members;

namespace Platform.Features.Fees.Decisions;

/// <summary>
/// The Finsam 5 § split. Försäkringskassan pays half (the state's share, Arbetsförmedlingen's
/// included), the regions a quarter and the municipalities a quarter; within a quarter each member's
/// part is its weight (population or fixed percentage) times the months it counts, over the group's
/// sum. Every member's exact share is then rounded to whole kronor by the largest remainder method
/// (<see cref="Apportionment"/>), over all members at once, so the amounts add up to the total and
/// none is a krona or more from its exact share.
/// </summary>
internal static class FeeCalculator
{
    /// <summary>The state's half, the regions' quarter and the municipalities' quarter.</summary>
    public static (int Numerator, int Denominator)? GroupShare(MemberKind kind) => kind switch
    {
        MemberKind.Government => (1, 2),
        MemberKind.Region => (1, 4),
        MemberKind.Municipality => (1, 4),
        _ => null, // Arbetsförmedlingen pays through Försäkringskassan.
    };

    /// <summary>The groups in the order they are shown and rounded: the state, the regions, the municipalities.</summary>
    public static readonly MemberKind[] Groups = [MemberKind.Government, MemberKind.Region, MemberKind.Municipality];

    private static readonly StringComparer SwedishNames = StringComparer.Create(Infrastructure.SwedishTime.Culture, false);

    /// <summary>The order of a decision everywhere (pages, API, invoice numbers): the state, the regions, the municipalities, each by name.</summary>
    public static IOrderedEnumerable<T> InDecisionOrder<T>(this IEnumerable<T> items, Func<T, MemberKind> kind, Func<T, string> name) =>
        items.OrderBy(i => Array.IndexOf(Groups, kind(i))).ThenBy(name, SwedishNames);

    public static IReadOnlyList<FeeAllocation> Allocate(long total, IReadOnlyList<FeeParty> parties)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        var ordered = parties.Where(p => GroupShare(p.Kind) is not null).OrderBy(p => Array.IndexOf(Groups, p.Kind)).ToList();
        var fractions = new List<(BigInteger, BigInteger)>();
        foreach (var party in ordered)
        {
            var (numerator, denominator) = GroupShare(party.Kind)!.Value;
            var groupWeight = ordered.Where(p => p.Kind == party.Kind).Aggregate(BigInteger.Zero, (sum, p) => sum + (BigInteger)p.Weight * p.Months);
            if (groupWeight <= 0) throw new ArgumentException($"The {party.Kind} group has no weight.", nameof(parties));
            fractions.Add((numerator * (BigInteger)party.Weight * party.Months, denominator * groupWeight));
        }
        foreach (var kind in Groups)
            if (!ordered.Any(p => p.Kind == kind && p.Weight * p.Months > 0))
                throw new ArgumentException($"No member pays the {kind} share.", nameof(parties));

        var amounts = Apportionment.LargestRemainder(total, fractions);
        return ordered.Select((party, i) => new FeeAllocation(party, amounts[i], Exact(total, fractions[i]))).ToList();
    }

    private static decimal Exact(long total, (BigInteger Numerator, BigInteger Denominator) fraction)
    {
        // Six decimals are plenty to show how close the rounded amount is.
        var scaled = BigInteger.Divide(total * fraction.Numerator * 1_000_000, fraction.Denominator);
        return (decimal)scaled / 1_000_000m;
    }

    /// <summary>
    /// The months of <paramref name="year"/> that count for <paramref name="member"/>: under
    /// <see cref="JoinLeaveRule.ProRataMonths"/> those it is a member on the first day of; under
    /// <see cref="JoinLeaveRule.WholeYear"/> all twelve if it is a member on any day of the year.
    /// </summary>
    public static IReadOnlyList<int> CountedMonths(Member member, int year, JoinLeaveRule rule) => rule switch
    {
        JoinLeaveRule.WholeYear => member.IsMemberDuring(year) ? Enumerable.Range(1, 12).ToList() : [],
        _ => Enumerable.Range(1, 12).Where(month => member.IsMemberOn(new DateOnly(year, month, 1))).ToList(),
    };
}
