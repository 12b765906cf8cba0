namespace Platform.Infrastructure.Jobs;

internal enum JobStorageKind
{
    /// <summary>Jobs live in the process (the embedded default): lost at restart, recreated by the schedule.</summary>
    InMemory,
    /// <summary>Jobs live in the catalog database, in their own schema (production).</summary>
    SqlServer,
}
