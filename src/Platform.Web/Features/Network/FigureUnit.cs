namespace Platform.Features.Network;

/// <summary>What a figure measures, which decides how it is shown, totalled and protected.</summary>
internal enum FigureUnit
{
    /// <summary>A count of things (meetings, member parties, notices).</summary>
    Count,
    /// <summary>A count of people: shown as "färre än 5" from 1 to 4 (DOMAIN.md, statistics and privacy).</summary>
    People,
    /// <summary>Kronor.</summary>
    Kronor,
    /// <summary>A number of days (a median): no national total, only the median of the associations.</summary>
    Days,
}
