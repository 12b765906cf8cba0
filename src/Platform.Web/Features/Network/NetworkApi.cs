using Platform.Infrastructure;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Jobs;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Network;

/// <summary>The network's statistics on the platform host: the year's figures as JSON or CSV (network role), and a refresh (operators).</summary>
internal static class NetworkApi
{
    public static IEndpointRouteBuilder MapNetworkApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/network").PlatformEndpoint().WithTags("Network");

        api.MapGet("stats", async (string? year, string? county, string? format, NetworkStatistics statistics, TimeProvider clock, CancellationToken ct) =>
            {
                var errors = new FieldErrors();
                if (format is not (null or "json" or "csv")) errors.Add("format", "Ange format json eller csv.");
                var query = NetworkQuery.Parse(year, county, SwedishTime.Today(clock).Year, errors);
                if (query is null) return Results.ValidationProblem(errors.ToDictionary(), title: "Uppgifterna innehåller fel");
                var report = await statistics.ReportAsync(query.Year, query.County, ct);
                return format == "csv"
                    ? Results.File(NetworkExports.Csv(report), "text/csv; charset=utf-8", $"natverksstatistik-{query.Year}{(query.County is null ? "" : "-" + SlugRules.Transliterate(query.County))}.csv")
                    : Results.Ok(NetworkExports.Json(report));
            })
            .RequireAuthorization(AccessPolicies.Api(AccessPolicies.Network))
            .ProducesValidationProblem()
            .WithSummary("The year's aggregate figures per active association (slug, name and the figures; counts of 1–4 people are null and listed in \"suppressed\"), national totals and medians, and the associations left out. ?year=YYYY (this year by default), ?county=Stockholms län, ?format=csv for Excel (UTF-8 with BOM, semicolons).");

        api.MapPost("stats/refresh", (TenantFanOut fanOut) => Results.Accepted(value: new { enqueued = fanOut.EnqueueForEveryAssociation(StatisticsJob.Id) }))
            .RequireAuthorization(AccessPolicies.Api(AccessPolicies.Operator)).RequireAntiforgeryForCookieWrites()
            .WithSummary("Operators: takes every active association's statistics now (one job each) instead of waiting for the night.");
        return app;
    }
}
