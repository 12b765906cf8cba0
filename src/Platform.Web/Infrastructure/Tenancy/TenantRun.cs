namespace Platform.Infrastructure.Tenancy;

/// <summary>One association's part of a batch: how much it did, how long it took, and what went wrong (null when nothing).</summary>
internal sealed record TenantRun(string Slug, int Done, double Milliseconds, string? Problem);
