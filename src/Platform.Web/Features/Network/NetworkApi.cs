using Microsoft.AspNetCore.Http.HttpResults;
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

        api.MapGet("stats", async Task<Results<Ok<object>, FileContentHttpResult, ValidationProblem>> (string? year, string? county, string? format, NetworkStatistics statistics, TimeProvider clock, CancellationToken ct) =>
            {
                var errors = new FieldErrors();
                if (format is not (null or "json" or "csv")) errors.Add("format", "Ange format json eller csv.");
                var query = NetworkQuery.Parse(year, county, SwedishTime.Today(clock).Year, errors);
                if (query is null) return Answers.Invalid(errors);
                var report = await statistics.ReportAsync(query.Year, query.County, ct);
                return format == "csv"
                    ? TypedResults.File(NetworkExports.Csv(report), "text/csv; charset=utf-8", $"natverksstatistik-{query.Year}{(query.County is null ? "" : "-" + SlugRules.Transliterate(query.County))}.csv")
                    : TypedResults.Ok(NetworkExports.Json(report));
            })
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Reads("The year's aggregate figures per active association (slug, name and the figures; counts of 1–4 people are null and listed in \"suppressed\"), national totals and medians, and the associations left out. ?year=YYYY (this year by default), ?county=Stockholms län, ?format=csv for Excel (UTF-8 with BOM, semicolons).", AccessPolicies.Network);

        api.MapPost("stats/refresh", (TenantFanOut fanOut) => TypedResults.Accepted((string?)null, new { enqueued = fanOut.EnqueueForEveryAssociation(StatisticsJob.Id) }))
            .Writes("Operators: takes every active association's statistics now (one job each) instead of waiting for the night.", AccessPolicies.Operator);
        return app;
    }
}
