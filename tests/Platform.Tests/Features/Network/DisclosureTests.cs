using Platform.Features.Network;
using Platform.Infrastructure.Tenancy;

namespace Platform.Tests.Features.Network;

/// <summary>DOMAIN.md: cross-association statistics never show a cell that could identify a person; counts from 1 to 4 are suppressed.</summary>
public sealed class DisclosureTests
{
    private static readonly NetworkFigure People = NetworkFigures.BoardSeatHolders;
    private static readonly NetworkFigure Things = NetworkFigures.BoardMeetings;

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    [InlineData(120, false)]
    public void A_count_of_people_from_1_to_4_is_shown_as_fewer_than_five(int value, bool hidden)
    {
        var cell = Disclosure.Cell(People, value);
        Assert.Equal(hidden, cell.Suppressed);
        Assert.Equal(hidden ? null : value, cell.Value);
        Assert.Equal(hidden ? "färre än 5" : value.ToString(Platform.Infrastructure.SwedishTime.Culture), cell.Text(People));
    }

    [Fact]
    public void A_count_of_things_is_never_hidden()
    {
        Assert.Equal(3, Disclosure.Cell(Things, 3).Value);
        Assert.Equal(3, Disclosure.Total(Things, [1, 2]).Value);
    }

    [Theory]
    [InlineData(new[] { 10, 20, 3 }, null)]           // one hidden count: the total minus the others gives it away
    [InlineData(new[] { 10, 1, 1 }, null)]            // two hidden counts that must both be 1
    [InlineData(new[] { 10, 4, 4 }, null)]            // two hidden counts that must both be 4
    [InlineData(new[] { 10, 1, 3 }, 14)]              // 1+3 could be 2+2 or 3+1: neither is known
    [InlineData(new[] { 10, 20, 30 }, 60)]
    [InlineData(new[] { 0, 0, 3 }, null)]
    [InlineData(new[] { 0, 0, 0 }, 0)]
    public void A_total_is_hidden_when_the_hidden_counts_could_be_worked_out_from_it(int[] values, int? shown)
    {
        var total = Disclosure.Total(People, [.. values.Select(v => (decimal)v)]);
        Assert.Equal(shown, (int?)total.Value);
        Assert.Equal(shown is null, total.Suppressed);
    }

    /// <summary>
    /// For random sets: whenever a total is shown, every hidden count still has at least two values it
    /// could have had, given everything shown. Brute force over all assignments of 1–4 to the hidden cells.
    /// </summary>
    [Fact]
    public void No_hidden_count_can_be_worked_out_from_the_shown_cells_and_the_total()
    {
        var random = new Random(20261123);
        var shownTotals = 0;
        for (var round = 0; round < 3000; round++)
        {
            var values = Enumerable.Range(0, random.Next(1, 7)).Select(_ => (decimal)(random.Next(3) == 0 ? random.Next(0, 30) : random.Next(1, 5))).ToList();
            var cells = values.Select(v => Disclosure.Cell(People, v)).ToList();
            var total = Disclosure.Total(People, values);
            if (total.Suppressed) continue;
            shownTotals++;
            var hidden = cells.Select((c, i) => (c, i)).Where(x => x.c.Suppressed).Select(x => x.i).ToList();
            var rest = total.Value!.Value - cells.Where(c => !c.Suppressed).Sum(c => c.Value!.Value);
            var possible = hidden.ToDictionary(i => i, _ => new HashSet<int>());
            foreach (var assignment in Assignments(hidden.Count).Where(a => a.Sum() == rest))
                for (var j = 0; j < hidden.Count; j++) possible[hidden[j]].Add(assignment[j]);
            Assert.All(possible, p => Assert.True(p.Value.Count >= 2, $"[{string.Join(",", values)}]: cell {p.Key} can only be {string.Join("/", p.Value)}"));
        }
        Assert.True(shownTotals > 300, $"only {shownTotals} totals were shown: the test proves little");
    }

    private static IEnumerable<int[]> Assignments(int count) =>
        count == 0 ? [[]] : Assignments(count - 1).SelectMany(a => Enumerable.Range(1, 4).Select(v => (int[])[.. a, v]));

    [Theory]
    [InlineData(new[] { 3, 9 }, null)]                   // the mean of two: 6 and the visible 9 give the 3 away
    [InlineData(new[] { 10, 20, 30, 40 }, null)]         // fewer than five values
    [InlineData(new[] { 1, 2, 10, 20, 30 }, 10)]         // the middle is visible
    [InlineData(new[] { 1, 2, 3, 20, 30 }, null)]        // the middle is a hidden count
    [InlineData(new[] { 1, 2, 3, 20, 30, 40 }, null)]    // half of the median is a hidden count
    [InlineData(new[] { 1, 2, 20, 30, 40, 50 }, 25)]
    [InlineData(new[] { 0, 0, 0, 0, 0 }, 0)]
    public void A_median_of_people_is_hidden_over_fewer_than_five_values_or_with_a_hidden_count_in_the_middle(int[] values, int? shown)
    {
        var median = Disclosure.Median(People, [.. values.Select(v => (decimal)v)]);
        Assert.Equal(shown, (int?)median.Value);
        Assert.Equal(shown is null, median.Suppressed);
    }

    /// <summary>
    /// The country and its counties side by side, for random sets: whenever totals are shown, every
    /// hidden count still has at least two values that agree with all of them at once, and no sum
    /// that can be worked out from them (the country minus the shown counties) is a count from 1 to 4.
    /// </summary>
    [Fact]
    public void No_hidden_count_can_be_worked_out_from_the_totals_of_the_country_and_its_counties_together()
    {
        var random = new Random(20261201);
        var (shownNational, shownCounties, rounds) = (0, 0, 0);
        while (rounds < 1500)
        {
            var values = Enumerable.Range(0, random.Next(2, 9))
                .Select(_ => (Group: "Län " + random.Next(3), Value: (decimal)(random.Next(3) == 0 ? random.Next(0, 30) : random.Next(1, 5)))).ToList();
            var hidden = values.Select((v, i) => (v, i)).Where(x => Disclosure.Cell(People, x.v.Value).Suppressed).Select(x => x.i).ToList();
            if (hidden.Count > 6) continue;
            rounds++;
            var totals = Disclosure.Totals(People, values);
            var shown = new List<(int[] Cells, decimal Sum)>();
            if (totals.National.Value is { } national) { shown.Add(([.. Enumerable.Range(0, values.Count)], national)); shownNational++; }
            foreach (var (group, cell) in totals.Groups)
            {
                Assert.Equal(cell, totals.For(group));
                if (cell.Value is not { } sum) continue;
                shown.Add(([.. values.Select((v, i) => (v, i)).Where(x => x.v.Group == group).Select(x => x.i)], sum));
                shownCounties++;
            }
            var possible = hidden.ToDictionary(i => i, _ => new HashSet<int>());
            foreach (var assignment in Assignments(hidden.Count))
            {
                decimal ValueOf(int cell) => hidden.IndexOf(cell) is >= 0 and var j ? assignment[j] : values[cell].Value;
                if (!shown.All(t => t.Cells.Sum(ValueOf) == t.Sum)) continue;
                for (var j = 0; j < hidden.Count; j++) possible[hidden[j]].Add(assignment[j]);
            }
            var text = string.Join(", ", values.Select(v => $"{v.Group}: {v.Value}"));
            Assert.All(possible, p => Assert.True(p.Value.Count >= 2, $"[{text}]: cell {p.Key} can only be {string.Join("/", p.Value)}"));
            if (totals.National.Value is { } all)
            {
                var rest = all - totals.Groups.Values.Sum(c => c.Value ?? 0);
                Assert.False(rest is >= 1 and < 5, $"[{text}]: the hidden counties together are {rest}");
            }
        }
        Assert.True(shownNational > 300 && shownCounties > 600, $"{shownNational} national and {shownCounties} county totals shown: the test proves little");
    }

    [Fact]
    public void Days_have_a_median_but_no_total()
    {
        Assert.Equal(12.5m, Disclosure.Median(NetworkFigures.MedianDaysToPosting, [10, 15]).Value);
        Assert.Null(Disclosure.Total(NetworkFigures.MedianDaysToPosting, [10, 15]).Value);
    }

    [Theory]
    [InlineData("Region Stockholm", "Stockholms län")]
    [InlineData("Västra Götalandsregionen", "Västra Götalands län")]
    [InlineData("Region Västernorrland", "Västernorrlands län")]
    [InlineData("Region Västerbotten", "Västerbottens län")]
    [InlineData("Region Norrbotten", "Norrbottens län")]
    [InlineData("Region Sörmland", "Södermanlands län")]
    [InlineData("Region Jämtland Härjedalen", "Jämtlands län")]
    [InlineData("Region Örebro län", "Örebro län")]
    [InlineData("Landstinget i Ingenstans", null)]
    public void The_county_is_the_region_members(string region, string? county)
    {
        Assert.Equal(county, SwedishCounties.OfRegion(region));
        Assert.Equal(21, SwedishCounties.All.Count);
    }
}
