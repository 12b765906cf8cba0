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
