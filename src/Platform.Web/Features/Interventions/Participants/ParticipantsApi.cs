using System.Security.Claims;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Interventions.Participants;

/// <summary>
/// Participant records and counts of one intervention. Records: only the intervention's participant
/// staff; everyone else (admins, board, auditors, integration clients, other interventions' staff)
/// gets 404, so that not even their existence shows. Counts are figures: read by the association's
/// people and clients, entered by admins and the intervention's participant staff.
/// </summary>
internal static class ParticipantsApi
{
    public static IEndpointRouteBuilder MapInterventionParticipantsApi(this IEndpointRouteBuilder app)
    {
        // The records' policy is the broad one on purpose: the per-intervention check answers 404 to
        // everyone who is not the intervention's participant staff, where a role check would answer
        // 403 and reveal that records exist.
        const string Records = AccessPolicies.Interventions;
        var group = app.MapGroup("/api/interventions/{id:guid}").TenantEndpoint().WithTags("Participants");

        group.MapGet("participants", async (Guid id, ClaimsPrincipal user, ParticipantRecords r, CancellationToken ct) => (await r.ListAsync(id, user, ct)).Answer(Or.NotFound))
            .Reads("The intervention's participant records (its participant staff only; 404 for everyone else). Every read is in the audit log.", Records);
        group.MapPost("participants", async (Guid id, EpisodeInput input, ClaimsPrincipal user, ParticipantRecords r, CancellationToken ct) =>
                (await r.CreateAsync(id, input, user, ct)).Created(e => $"/api/interventions/{id}/participants/{e.Id}", Or.Invalid, Or.NotFound))
            .Writes("Adds a participant record: code (a local code, never a name or identity number), gender (Woman/Man), birthYear, municipalityId, referringMemberId, start, end, endReason (id or code), supportAtStart, supportAtEnd, consent.", Records);
        group.MapGet("participants/{episodeId:guid}", async (Guid id, Guid episodeId, ClaimsPrincipal user, ParticipantRecords r, CancellationToken ct) => (await r.GetAsync(id, episodeId, user, ct)).Answer(Or.NotFound))
            .Reads("One participant record with its moves and activity months (the intervention's participant staff only).", Records);
        group.MapPut("participants/{episodeId:guid}", async (Guid id, Guid episodeId, EpisodeInput input, ClaimsPrincipal user, ParticipantRecords r, CancellationToken ct) =>
                (await r.UpdateAsync(id, episodeId, input, user, ct)).Answer(Or.Invalid, Or.NotFound))
            .Writes("Changes a participant record; the same fields and checks as adding one.", Records);
        group.MapDelete("participants/{episodeId:guid}", async (Guid id, Guid episodeId, ClaimsPrincipal user, ParticipantRecords r, CancellationToken ct) => (await r.DeleteAsync(id, episodeId, user, ct)).Answer(Or.NotFound))
            .Writes("Deletes a participant record with its moves and activity months.", Records);
        group.MapPost("participants/{episodeId:guid}/moves", async (Guid id, Guid episodeId, MoveInput input, ClaimsPrincipal user, ParticipantRecords r, CancellationToken ct) =>
                (await r.AddMoveAsync(id, episodeId, input, user, ct)).Answer(Or.Invalid, Or.NotFound))
            .Writes("Records a move to another member municipality (on, municipalityId).", Records);
        group.MapDelete("participants/{episodeId:guid}/moves/{moveId:guid}", async (Guid id, Guid episodeId, Guid moveId, ClaimsPrincipal user, ParticipantRecords r, CancellationToken ct) =>
                (await r.RemoveMoveAsync(id, episodeId, moveId, user, ct)).Answer(Or.NotFound))
            .Writes("Removes a recorded move.", Records);
        group.MapPut("participants/{episodeId:guid}/months", async (Guid id, Guid episodeId, ActivityInput input, ClaimsPrincipal user, ParticipantRecords r, CancellationToken ct) =>
                (await r.SetHoursAsync(id, episodeId, input, user, ct)).Answer(Or.Invalid, Or.NotFound))
            .Writes("Sets a month's activity hours (month YYYY-MM, hours; 0 removes the month).", Records);

        group.MapGet("counts", async (Guid id, ClaimsPrincipal user, ParticipantCounts c, CancellationToken ct) => (await c.ListAsync(id, user, ct)).Answer(Or.NotFound))
            .Reads("The intervention's participant counts per period (figures, not records).", AccessPolicies.Interventions);
        group.MapPost("counts", async (Guid id, CountInput input, ClaimsPrincipal user, ParticipantCounts c, CancellationToken ct) =>
                (await c.SaveAsync(id, input, user, ct)).Answer(Or.Invalid, Or.NotFound, Or.Conflict, Or.Forbidden))
            .Writes("Enters the counts of a period (from, to, womenStarted, menStarted, womenActive, menActive, ended: [{reason, women, men}]), replacing those of the same period (admins and the intervention's participant staff).", AccessPolicies.Interventions);
        group.MapDelete("counts/{countId:guid}", async (Guid id, Guid countId, ClaimsPrincipal user, ParticipantCounts c, CancellationToken ct) =>
                (await c.DeleteAsync(id, countId, user, ct)).Answer(Or.NotFound, Or.Conflict, Or.Forbidden))
            .Writes("Removes the counts of a period (admins and the intervention's participant staff).", AccessPolicies.Interventions);
        return app;
    }
}
