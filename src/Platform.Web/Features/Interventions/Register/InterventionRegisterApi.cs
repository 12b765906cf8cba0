using System.Security.Claims;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Interventions.Register;

/// <summary>
/// The intervention register's API. Admins, the board, auditors, participant staff (their own
/// interventions) and integration clients read; admins write. <c>kind</c> is "individual" or
/// "structural" (a stable contract).
/// </summary>
internal static class InterventionRegisterApi
{
    public static IEndpointRouteBuilder MapInterventionRegisterApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/interventions").TenantEndpoint().WithTags("Interventions");
        api.MapGet("", async (ClaimsPrincipal user, InterventionRegister r, CancellationToken ct) => TypedResults.Ok(await r.ListAsync(user, ct)))
            .Reads("The association's interventions by name: id, name, kind (individual or structural), status (planned, ongoing, ended, implemented), start, end, lead party.", AccessPolicies.Interventions);
        api.MapGet("{id:guid}", async (Guid id, ClaimsPrincipal user, InterventionRegister r, CancellationToken ct) => (await r.GetAsync(user, id, ct)).Answer(Or.NotFound))
            .Reads("One intervention with its parties, municipalities, methods, board decision, staffing, goals with follow-ups, and budgets per year.", AccessPolicies.Interventions);
        api.MapPost("", async (InterventionInput input, InterventionRegister r, CancellationToken ct) => (await r.CreateAsync(input, ct)).Created(i => $"/api/interventions/{i.Id}", Or.Invalid))
            .Writes("Adds an intervention. kind: individual or structural (fixed once created, as esfCoFinanced); leadPartyId and cooperatingPartyIds: member ids (at least two parties); municipalityIds: member municipalities; dates YYYY-MM-DD; status planned, ongoing, ended or implemented (with implementedById and implementedOn); decisionParagraphId: a paragraph of the minutes.");
        api.MapPut("{id:guid}", async (Guid id, InterventionInput input, InterventionRegister r, CancellationToken ct) => (await r.UpdateAsync(id, input, ct)).Answer(Or.Invalid, Or.NotFound))
            .Writes("Changes an intervention: the same fields and checks as adding one; kind and esfCoFinanced cannot change.");

        api.MapPost("{id:guid}/staffing", async (Guid id, StaffingInput input, InterventionRegister r, CancellationToken ct) => (await r.AddStaffingAsync(id, input, ct)).Created(s => $"/api/interventions/{id}/staffing/{s.Id}", Or.Invalid, Or.NotFound))
            .Writes("Adds a staffing line: role, partyId (a member; none for the association itself), percent of full time (1–1000), from and to.");
        api.MapPut("{id:guid}/staffing/{lineId:guid}", async (Guid id, Guid lineId, StaffingInput input, InterventionRegister r, CancellationToken ct) => (await r.UpdateStaffingAsync(id, lineId, input, ct)).Answer(Or.Invalid, Or.NotFound))
            .Writes("Changes a staffing line.");
        api.MapDelete("{id:guid}/staffing/{lineId:guid}", async (Guid id, Guid lineId, InterventionRegister r, CancellationToken ct) => (await r.RemoveStaffingAsync(id, lineId, ct)).Answer(Or.NotFound))
            .Writes("Removes a staffing line.");

        api.MapPost("{id:guid}/goals", async (Guid id, GoalInput input, InterventionRegister r, CancellationToken ct) => (await r.AddGoalAsync(id, input, ct)).Created(g => $"/api/interventions/{id}/goals/{g.Id}", Or.Invalid, Or.NotFound))
            .Writes("Adds a goal: text, indicator, target, measure (entered, shareEndedToWorkOrStudies, shareEndedToMemberMeasure, participantsStarted).");
        api.MapPut("{id:guid}/goals/{goalId:guid}", async (Guid id, Guid goalId, GoalInput input, InterventionRegister r, CancellationToken ct) => (await r.UpdateGoalAsync(id, goalId, input, ct)).Answer(Or.Invalid, Or.NotFound))
            .Writes("Changes a goal.");
        api.MapDelete("{id:guid}/goals/{goalId:guid}", async (Guid id, Guid goalId, InterventionRegister r, CancellationToken ct) => (await r.RemoveGoalAsync(id, goalId, ct)).Answer(Or.NotFound))
            .Writes("Removes a goal with its follow-ups.");
        api.MapPost("{id:guid}/goals/{goalId:guid}/follow-ups", async (Guid id, Guid goalId, FollowUpInput input, InterventionRegister r, CancellationToken ct) => (await r.FollowUpAsync(id, goalId, input, ct)).Answer(Or.Invalid, Or.NotFound))
            .Writes("Records a goal's follow-up for a report period (from, to): status achieved, likely, uncertain, unlikely or notAchieved; value for an entered goal; comment. The same period again replaces it.");

        api.MapPut("{id:guid}/budgets/{year:int}", async (Guid id, int year, BudgetInput input, InterventionRegister r, CancellationToken ct) => (await r.SetBudgetAsync(id, year, input, ct)).Answer(Or.Invalid, Or.NotFound))
            .Writes("Sets the intervention's budget for a year, in whole kronor: costBudget, costOutcome, esfCostBudget, esfCostOutcome, plannedParticipants.");
        return app;
    }
}
