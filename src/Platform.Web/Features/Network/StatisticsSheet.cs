namespace Platform.Features.Network;

/// <summary>
/// A feature's part of the nightly statistics: it reads its own tables in the association's database
/// and adds aggregate figures to the sheet. Registered per feature; resolved only in a tenant scope.
/// </summary>
internal interface IStatisticsSource
{
    /// <summary>The years this feature has records for (meetings, decisions, invoices); the sheet covers every year from the first of them (or last year) to this one.</summary>
    Task<IReadOnlyCollection<int>> YearsAsync(CancellationToken ct);

    /// <summary>Adds the feature's figures for every year of <see cref="StatisticsSheet.Years"/> it has something to say about.</summary>
    Task AddFiguresAsync(StatisticsSheet sheet, CancellationToken ct);
}

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
