using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Budgets.Plan;

/// <summary>
/// The budget's API beside the stable <c>GET /api/budgets/{year}</c>: the years, creating a year, a version's lines,
/// entering amounts, adding lines, adoption, revision, the parties' offers with the ceiling, and the settings. Writes
/// need an admin or an integration an admin allowed to write.
/// </summary>
internal static class BudgetPlanApi
{
    private const string Writer = AccessPolicies.MembersWriter;

    public static IEndpointRouteBuilder MapBudgetPlanApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/budgets").TenantEndpoint().WithTags("Budgets");
        api.MapGet("", async (BudgetPlans plans, CancellationToken ct) => TypedResults.Ok(await plans.ListAsync(ct)))
            .Reads("The years with a budget, newest first: year, version and state (förslag/fastställd/reviderad) in force, income, costs and result.");
        api.MapPost("", async (CreateBudgetInput input, BudgetPlans plans, CancellationToken ct) =>
                (await plans.CreateAsync(input, ct)).Created(v => $"/api/budgets/{v.Year}/versions/{v.Version}", Or.Invalid))
            .Writes("Creates a year's budget as version 1 (förslag): {year, openingBalance} (the opening balance only when the year before has no budget). Every current member and running intervention gets a line; amounts come from the year before's plan.", Writer);
        api.MapGet("{year:int}/versions/{version:int}", async (int year, int version, BudgetPlans plans, CancellationToken ct) =>
                (await plans.VersionAsync(year, version, ct) is { } v ? Outcomes.Ok(v) : Outcomes.NotFound(PlanTexts.NoVersion)).Answer(Or.NotFound))
            .Reads("One version of a year's budget: state, adoption, sums, and its lines with what is entered and what the sheet shows.");
        api.MapPut("{year:int}/versions/{version:int}/rows", async (int year, int version, RowsInput input, BudgetPlans plans, CancellationToken ct) =>
                (await plans.SaveRowsAsync(year, version, input, ct)).Answer(Or.Invalid, Or.NotFound, Or.Conflict))
            .Writes("Enters amounts: {openingBalance?, rows: [{itemId, amount, forecast, plan1, plan2}]} in whole kronor (empty = from the source or zero). An adopted version takes only the forecast (409 for its budget columns); a linked line's column that its fee decision or intervention gives is refused.", Writer);
        api.MapPost("{year:int}/versions/{version:int}/items", async (int year, int version, ItemInput input, BudgetPlans plans, CancellationToken ct) =>
                (await plans.AddItemAsync(year, version, input, ct)).Created(i => $"/api/budgets/{year}/versions/{version}", Or.Invalid, Or.NotFound, Or.Conflict))
            .Writes("Adds a line to a proposal: {group, heading?, name, indexed}; the name is unique in its group.", Writer);
        api.MapDelete("{year:int}/versions/{version:int}/items/{itemId:guid}", async (int year, int version, Guid itemId, BudgetPlans plans, CancellationToken ct) =>
                (await plans.RetireItemAsync(year, version, itemId, ct)).Answer(Or.NotFound, Or.Conflict))
            .Writes("Takes a line out of a proposal and stops offering it for new budgets; earlier budgets keep it.", Writer);
        api.MapPost("{year:int}/versions/{version:int}/adopt", async (int year, int version, AdoptInput input, BudgetPlans plans, CancellationToken ct) =>
                (await plans.AdoptAsync(year, version, input, ct)).Answer(Or.Invalid, Or.NotFound, Or.Conflict))
            .Writes("The board adopts a proposal: {adoptedOn (YYYY-MM-DD), paragraphId?}; the numbers from fee decisions, interventions and the index are frozen, and an earlier adopted version of the year is replaced.", Writer);
        api.MapPost("{year:int}/versions/{version:int}/revise", async (int year, int version, BudgetPlans plans, CancellationToken ct) =>
                (await plans.ReviseAsync(year, version, ct)).Created(v => $"/api/budgets/{v.Year}/versions/{v.Version}", Or.NotFound, Or.Conflict))
            .Writes("Revises an adopted version: a new proposal with its rows; the adopted one stays in force until the new one is adopted.", Writer);
        api.MapGet("{year:int}/offers", async (int year, BudgetOffers offers, CancellationToken ct) =>
                (BudgetYears.InRange(year) ? Outcomes.Ok(await offers.OffersAsync(year, ct)) : Outcomes.NotFound(BudgetYears.OutOfRange)).Answer(Or.NotFound))
            .Reads("The parties' offered contributions for the year (state, region, municipalities), the largest total they allow under 50/25/25 (ceiling: total, cappedBy, split) and the budget's member contributions.");
        api.MapPut("{year:int}/offers", async (int year, OffersInput input, BudgetOffers offers, CancellationToken ct) =>
                (await offers.SaveOffersAsync(year, input, ct)).Answer(Or.Invalid, Or.NotFound))
            .Writes("Saves the parties' offers {state, region, municipalities} in whole kronor (empty = none) and answers with the ceiling.", Writer);
        api.MapGet("settings", async (PlanSettings settings, CancellationToken ct) => TypedResults.Ok(await settings.SettingsAsync(ct)))
            .Reads("The budget's settings: salaryIndexPercent, capitalCeilingPercent (null = none chosen), memberReportMonth and memberReportDay.");
        api.MapPut("settings", async (PlanSettingsInput input, PlanSettings settings, CancellationToken ct) => (await settings.SaveSettingsAsync(input, ct)).Answer(Or.Invalid))
            .Writes("Saves the budget's settings: salaryIndexPercent (0–20, decimal comma accepted), capitalCeilingPercent (optional), memberReportMonth and memberReportDay.", Writer);
        return app;
    }
}
