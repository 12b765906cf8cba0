using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Budgets.FollowUp;

/// <summary>GET /api/budgets/{year}/follow-up?month=6: the year's budget against outcome and forecast to a month.</summary>
internal static class FollowUpApi
{
    public static IEndpointRouteBuilder MapBudgetFollowUpApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/budgets").TenantEndpoint().WithTags("Budgets")
            .MapGet("{year:int}/follow-up", async (int year, int? month, FollowUps followUps, CancellationToken ct) =>
                (await followUps.ForAsync(year, month ?? followUps.DefaultMonth(year), ct)).Answer(Or.Invalid, Or.NotFound))
            .Reads("The year's budget against the outcome to the end of month (1–12; default this month in the current year, else 12): per line and group the budget, budget to date (pro rata), outcome to date, deviation (kronor and per cent), forecast and forecast against budget; the result; the balance (opening, result to date, forecast closing) against the ceiling for the association's own capital.");
        return app;
    }
}
