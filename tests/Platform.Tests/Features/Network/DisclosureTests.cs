using Platform.Features.Network;

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

    [Fact]
    public void A_median_of_people_from_1_to_4_is_hidden_and_days_have_no_total()
    {
        Assert.True(Disclosure.Median(People, [2, 3, 40]).Suppressed);
        Assert.Equal(40, Disclosure.Median(People, [2, 40, 50]).Value);
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
