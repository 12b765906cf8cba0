using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Infrastructure.Identity;

namespace Platform.Features.Fees.Decisions;

/// <summary>The API of the yearly fee decisions.</summary>
internal static class FeeDecisionsApi
{
    public static RouteGroupBuilder MapFeeDecisionsApi(this RouteGroupBuilder api)
    {
        api.MapGet("fee-decisions", async (FeeDecisions d, CancellationToken ct) => TypedResults.Ok(await d.YearsAsync(ct)))
            .Reads("The years that have a fee decision, newest first.");
        api.MapGet("fee-decisions/{year:int}", async Task<Results<Ok<FeeDecisionView>, NotFoundProblem>> (int year, FeeDecisions d, CancellationToken ct) =>
                await d.GetAsync(year, ct) is { } decision ? TypedResults.Ok(FeeDecisions.View(decision)) : Answers.NotFound($"Det finns inget avgiftsbeslut för {year}."))
            .Reads("The year's fee decision: total and each member's amount in whole kronor (largest remainder rounding; they add up to the total exactly).");
        api.MapPut("fee-decisions/{year:int}", async (int year, FeeDecisionInput input, ClaimsPrincipal user, FeeDecisions d, CancellationToken ct) =>
                (await d.SaveAsync(year, input, user.ActorName()!, ct)).Select(FeeDecisions.View).Answer(Or.Invalid, Or.Conflict))
            .Writes("Saves the year's decision: total (kronor), municipalitySplit and regionSplit (Population or Fixed), populationDate, decidedOn, reference, and weights [{memberId, population | percent}]. A population left out comes from the member register. 409 while the year has uncredited invoices.");
        api.MapPost("fee-decisions/{year:int}/preview", async (int year, FeeDecisionInput input, ClaimsPrincipal user, FeeDecisions d, CancellationToken ct) =>
                (await d.PrepareAsync(year, input, user.ActorName()!, ct)).Select(FeeDecisions.View).Answer(Or.Invalid))
            .Writes("Computes the allocation of a decision without saving it.");
        return api;
    }
}
