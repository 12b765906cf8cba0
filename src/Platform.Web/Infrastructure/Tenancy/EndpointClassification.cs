namespace Platform.Infrastructure.Tenancy;

/// <summary>The start-up guard: every endpoint declares its audience.</summary>
internal static class EndpointClassification
{
    public static IReadOnlyList<string> FindUnclassified(IEnumerable<EndpointDataSource> sources) =>
        sources.SelectMany(s => s.Endpoints)
            .Where(e => e.AudienceOf() is null)
            .Select(e => e.DisplayName ?? e.ToString() ?? "(unnamed endpoint)")
            .ToList();

    /// <summary>Throws, listing them, if any mapped endpoint has no audience.</summary>
    public static void EnsureEndpointsAreClassified(this IEndpointRouteBuilder app)
    {
        var unclassified = FindUnclassified(app.DataSources);
        if (unclassified.Count > 0)
            throw new InvalidOperationException(
                "Every endpoint must declare whether it serves a tenant, the platform or anyone " +
                "(.TenantEndpoint(), .PlatformEndpoint(), .AnonymousEndpoint() or the matching attribute). Unclassified: "
                + string.Join(", ", unclassified));
    }
}
