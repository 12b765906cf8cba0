using System.Numerics;

namespace Platform.Features.Fees.Decisions;

/// <summary>
/// Splits a whole-krona amount into whole-krona parts that add up to it exactly, by the largest
/// remainder method (Hamilton): every part first gets its exact share rounded down, and the kronor
/// left over go one each to the parts whose exact share had the largest fraction (on a tie, to the
/// earlier part). So no part differs from its exact share by a krona or more.
/// </summary>
internal static class Apportionment
{
    /// <summary>
    /// <paramref name="total"/> split by <paramref name="shares"/>, each a fraction
    /// (numerator, denominator) of the whole; the fractions must add up to exactly 1.
    /// </summary>
    public static long[] LargestRemainder(long total, IReadOnlyList<(BigInteger Numerator, BigInteger Denominator)> shares)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        if (shares.Count == 0) throw new ArgumentException("At least one share is needed.", nameof(shares));
        if (shares.Any(s => s.Numerator < 0 || s.Denominator <= 0)) throw new ArgumentException("Shares must be non-negative fractions.", nameof(shares));
        BigInteger sumNumerator = 0, sumDenominator = 1;
        foreach (var (numerator, denominator) in shares)
        {
            sumNumerator = sumNumerator * denominator + numerator * sumDenominator;
            sumDenominator *= denominator;
            var gcd = BigInteger.GreatestCommonDivisor(sumNumerator, sumDenominator);
            if (gcd > 1) (sumNumerator, sumDenominator) = (sumNumerator / gcd, sumDenominator / gcd);
        }
        if (sumNumerator != sumDenominator) throw new ArgumentException("The shares do not add up to the whole.", nameof(shares));

        var amounts = new long[shares.Count];
        var remainders = new (BigInteger Remainder, BigInteger Denominator, int Index)[shares.Count];
        long allotted = 0;
        for (var i = 0; i < shares.Count; i++)
        {
            var exact = total * shares[i].Numerator;
            amounts[i] = (long)BigInteger.DivRem(exact, shares[i].Denominator, out var remainder);
            remainders[i] = (remainder, shares[i].Denominator, i);
            allotted += amounts[i];
        }

        // The fractions add up to 1, so the remainders add up to a whole number below the count.
        var left = total - allotted;
        var order = remainders
            .OrderByDescending(r => r, Comparer<(BigInteger Remainder, BigInteger Denominator, int Index)>.Create(
                (a, b) => (a.Remainder * b.Denominator).CompareTo(b.Remainder * a.Denominator)))
            .ThenBy(r => r.Index)
            .ToList();
        for (var k = 0; k < left; k++) amounts[order[k].Index]++;
        return amounts;
    }

    /// <summary><paramref name="total"/> split in proportion to whole-number <paramref name="weights"/> (at least one above zero).</summary>
    public static long[] ByWeight(long total, IReadOnlyList<long> weights)
    {
        var sum = weights.Sum();
        if (sum <= 0 || weights.Any(w => w < 0)) throw new ArgumentException("Weights must be non-negative and not all zero.", nameof(weights));
        return LargestRemainder(total, weights.Select(w => ((BigInteger)w, (BigInteger)sum)).ToList());
    }
}
