using System.Globalization;
using Platform.Infrastructure;

namespace Platform.Features.Network;

/// <summary>
/// The geometry of the dashboard's charts, drawn as SVG on the server: they need no script, print
/// well, and each comes with the same figures as a table for screen readers and keyboards.
/// </summary>
internal static class NetworkCharts
{
    public const int Width = 640;
    public const int LabelWidth = 230;
    public const int BarHeight = 18;
    public const int RowHeight = 26;

    internal sealed record Bar(string Label, decimal? Value, double Y, double Length, string Text);

    /// <summary>One horizontal bar per association, longest first, on a 0–100 % scale; associations without a value come last, without a bar.</summary>
    public static IReadOnlyList<Bar> PercentBars(IEnumerable<(string Label, decimal? Percent)> values)
    {
        var plot = Width - LabelWidth - 60;
        return values.OrderByDescending(v => v.Percent ?? -1).ThenBy(v => v.Label, StringComparer.Create(SwedishTime.Culture, true))
            .Select((v, i) => new Bar(v.Label, v.Percent, i * RowHeight, v.Percent is { } p ? (double)p / 100 * plot : 0,
                v.Percent is { } q ? q.ToString("0.#", SwedishTime.Culture) + " %" : "inga anslag"))
            .ToList();
    }

    internal sealed record Column(string Series, int SeriesIndex, decimal Value, double X, double Y, double Width, double Height);

    internal sealed record ColumnChart(IReadOnlyList<(int Year, double X)> Years, IReadOnlyList<Column> Columns, IReadOnlyList<(double Y, string Label)> Ticks, double PlotHeight);

    public static readonly string[] FeeSeries = ["Beslutat", "Fakturerat", "Betalt"];

    /// <summary>Three columns a year (decided, invoiced, paid), on a scale of whole millions of kronor.</summary>
    public static ColumnChart FeeColumns(IReadOnlyList<FeeYear> years, double plotHeight = 200)
    {
        var max = years.SelectMany(y => new[] { y.Decided, y.Invoiced, y.Paid }).DefaultIfEmpty(0).Max();
        var step = NiceStep(max / 4);
        var top = Math.Max(step * 4, step * Math.Ceiling((double)max / step));
        var slot = (double)(Width - 70) / Math.Max(years.Count, 1);
        var barWidth = Math.Min(28, slot / 4);
        var columns = new List<Column>();
        var xs = new List<(int, double)>();
        for (var i = 0; i < years.Count; i++)
        {
            var x0 = 60 + i * slot + (slot - 3 * barWidth) / 2;
            xs.Add((years[i].Year, 60 + i * slot + slot / 2));
            decimal[] values = [years[i].Decided, years[i].Invoiced, years[i].Paid];
            for (var s = 0; s < 3; s++)
            {
                var height = top == 0 ? 0 : (double)values[s] / top * plotHeight;
                columns.Add(new Column(FeeSeries[s], s, values[s], x0 + s * barWidth, plotHeight - height, barWidth - 2, height));
            }
        }
        var ticks = Enumerable.Range(0, (int)Math.Round(top / step) + 1)
            .Select(k => (plotHeight - k * step / top * plotHeight, (k * step / 1_000_000).ToString("0.#", SwedishTime.Culture) + " mkr")).ToList();
        return new ColumnChart(xs, columns, ticks, plotHeight);
    }

    private static double NiceStep(decimal rough)
    {
        if (rough <= 0) return 1_000_000;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10((double)rough)));
        var scaled = (double)rough / magnitude;
        return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * magnitude;
    }

    /// <summary>"Samordningsförbundet Roslagen" → "Roslagen": the common prefix says nothing in a chart.</summary>
    public static string ShortName(string name)
    {
        foreach (var prefix in new[] { "Samordningsförbundet i ", "Samordningsförbundet " })
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && name.Length > prefix.Length) return name[prefix.Length..];
        return name;
    }

    /// <summary>A coordinate for SVG: invariant, one decimal.</summary>
    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
