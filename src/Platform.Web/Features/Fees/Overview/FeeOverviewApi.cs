namespace Platform.Features.Fees.Overview;

/// <summary>The API of a year's fees per member.</summary>
internal static class FeeOverviewApi
{
    public static RouteGroupBuilder MapFeeOverviewApi(this RouteGroupBuilder api)
    {
        api.MapGet("fee-overview/{year:int}", async (int year, FeeOverview o, CancellationToken ct) => TypedResults.Ok(await o.YearAsync(year, ct)))
            .Reads("The year per member: allocation, invoiced, paid, outstanding and overdue, in öre.");
        return api;
    }
}
