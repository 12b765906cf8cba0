namespace Platform.Features.Network;

/// <summary>The figures of one association, being filled in by the sources.</summary>
internal sealed class StatisticsSheet(IReadOnlyList<int> years, DateTimeOffset takenAt, DateOnly today)
{
    /// <summary>How many years back the job looks at most.</summary>
    public const int MaxYears = 10;

    private readonly Dictionary<(int Year, string Figure), decimal> _values = [];

    public IReadOnlyList<int> Years { get; } = years;
    public DateTimeOffset TakenAt { get; } = takenAt;
    /// <summary>Today in Sweden: the current year's "end of year" figures are taken on this day.</summary>
    public DateOnly Today { get; } = today;
    /// <summary>The county of the association's region, when a source knows it.</summary>
    public string? County { get; set; }

    public IReadOnlyDictionary<(int Year, string Figure), decimal> Values => _values;

    /// <summary>The day a year's "at year end" figures refer to: 31 December, or today for the current year.</summary>
    public DateOnly ReferenceDay(int year) => year >= Today.Year ? Today : new DateOnly(year, 12, 31);

    public void Add(int year, NetworkFigure figure, decimal value)
    {
        if (!Years.Contains(year)) return;
        if (!_values.TryAdd((year, figure.Key), value))
            throw new InvalidOperationException($"{figure.Key} for {year} was added twice.");
    }
}
