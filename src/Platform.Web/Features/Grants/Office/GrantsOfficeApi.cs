using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Features.Grants.Decision;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Grants.Office;

/// <summary>
/// The office's API for one application (the list, GET /api/grants, is the payments' contract): read it whole;
/// take it up, ask for a supplement, record the recommendation and conflicts, send it to the board, record the
/// decision, change the payment plan, record the agreement's signing, withdraw it. Refusals are ProblemDetails
/// with Swedish field errors; another association's id is 404.
/// </summary>
internal static class GrantsOfficeApi
{
    public static IEndpointRouteBuilder MapGrantsOfficeApi(this IEndpointRouteBuilder app)
    {
        var grants = app.MapGroup("/api/grants").TenantEndpoint().WithTags("Grants");
        grants.MapGet("{id:guid}", async Task<Results<Ok<GrantFileResponse>, NotFoundProblem>> (Guid id, ApplicationReader reader, CancellationToken ct) =>
                await reader.FileAsync(id, ct) is { } file ? TypedResults.Ok(GrantFileResponse.From(file)) : Answers.NotFound(OfficeTexts.NoApplication))
            .Reads("One funding application: content, versions, history, recommendations, conflicts of interest, decision, payment plan and reports.");
        grants.MapPost("{id:guid}/preparation", async (Guid id, ApplicationDesk desk, CancellationToken ct) => (await desk.TakeUpAsync(id, ct)).Select(GrantChanged.Of).Answer(Or.NotFound, Or.Conflict))
            .Writes("Takes a submitted application up for preparation (Submitted → InPreparation).");
        grants.MapPost("{id:guid}/supplement", async (Guid id, SupplementInput input, ApplicationDesk desk, CancellationToken ct) => (await desk.RequestSupplementAsync(id, input, ct)).Answer(Or.Invalid, Or.NotFound, Or.Conflict))
            .Writes("Asks the applicant for a supplement (message): a new link to the form goes to the contact by email; the state becomes SupplementRequested.");
        grants.MapPost("{id:guid}/recommendations", async (Guid id, RecommendationInput input, ApplicationDesk desk, CancellationToken ct) => (await desk.RecommendAsync(id, input, ct)).Answer(Or.Invalid, Or.NotFound, Or.Conflict))
            .Writes("Records the preparatory group's recommendation: kind (Reject, AskForSupplement, Grant) and comment.");
        grants.MapPost("{id:guid}/withdraw", async (Guid id, ApplicationDesk desk, CancellationToken ct) => (await desk.WithdrawAsync(id, ct)).Select(GrantChanged.Of).Answer(Or.NotFound, Or.Conflict))
            .Writes("Withdraws an application that is not decided (the applicant's link closes).");
        grants.MapPost("{id:guid}/conflicts/find", async (Guid id, ApplicationConflicts conflicts, CancellationToken ct) => (await conflicts.FindAsync(id, ct)).Answer(Or.NotFound))
            .Writes("Records as conflicts of interest everyone of the board and the preparatory group whose seat is for the applying member party; answers how many were new.");
        grants.MapPost("{id:guid}/conflicts", async (Guid id, ConflictInput input, ApplicationConflicts conflicts, CancellationToken ct) => (await conflicts.DeclareAsync(id, input, ct)).Answer(Or.Invalid, Or.NotFound))
            .Writes("Records a declared conflict of interest: contactId (a person of the board or the preparatory group) and note.");
        grants.MapDelete("{id:guid}/conflicts/{conflictId:guid}", async (Guid id, Guid conflictId, ApplicationConflicts conflicts, CancellationToken ct) => (await conflicts.RemoveAsync(id, conflictId, ct)).Answer(Or.NotFound))
            .Writes("Removes a conflict of interest; the agenda item (and a draft paragraph) follow.");
        grants.MapPost("{id:guid}/board", async (Guid id, ToBoardInput input, BoardPlacement placement, CancellationToken ct) => (await placement.PlaceAsync(id, input, ct)).Select(GrantChanged.Of).Answer(Or.Invalid, Or.NotFound, Or.Conflict))
            .Writes("Places the application on a coming board meeting's agenda (meetingId), with the latest version's PDF as its paper and the conflicts as recusals; the state becomes ToBoard.");
        grants.MapPost("{id:guid}/decision", async (Guid id, DecisionInput input, GrantDecisions decisions, CancellationToken ct) => (await decisions.DecideAsync(id, input, ct)).Select(GrantChanged.Of).Answer(Or.Invalid, Or.NotFound, Or.Conflict))
            .Writes("Records the board's decision: paragraphId, outcome (Grant, Reject), years [{year, amount}] in whole kronor within the period and at most what was applied for, conditions, decidedOn. A grant plans the payments (half on signing, the rest on the year's approved report), the reports and creates the intervention.");
        grants.MapPut("{id:guid}/payments", async (Guid id, PaymentPlanInput input, PaymentPlans plans, CancellationToken ct) => (await plans.SaveAsync(id, input, ct)).Answer(Or.Invalid, Or.NotFound, Or.Conflict))
            .Writes("Changes the payment plan: rows [{id?, year, amount, condition (AgreementSigned, ReportApproved), notBefore, remove}]; each year's rows must add up to the year's grant; paid rows stay.");
        grants.MapPost("{id:guid}/agreement", async (Guid id, SigningInput input, Agreements agreements, CancellationToken ct) => (await agreements.SignAsync(id, input, ct)).Select(GrantChanged.Of).Answer(Or.Invalid, Or.NotFound, Or.Conflict))
            .Writes("Records the agreement's signing: signedOn (YYYY-MM-DD) and signedBy.");
        return app;
    }
}
