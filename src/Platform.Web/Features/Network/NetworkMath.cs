namespace Platform.Features.Network;

internal static class NetworkMath
{
    /// <summary>The median: the middle value, or the mean of the two middle ones; null for no values.</summary>
    public static decimal? Median(IEnumerable<decimal> values)
    {
        var middle = Middle(values);
        return middle.Count == 0 ? null : middle.Sum() / middle.Count;
    }

    /// <summary>The value or the two values in the middle of the sorted values; none for no values.</summary>
    public static IReadOnlyList<decimal> Middle(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) return [];
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? [sorted[middle]] : [sorted[middle - 1], sorted[middle]];
    }
}
