namespace Platform.Features.Grants.Model;

internal enum ReportKind
{
    /// <summary>Halvårsrapport (January–June).</summary>
    HalfYear,
    /// <summary>Årsrapport (the whole year's period).</summary>
    Annual,
}
