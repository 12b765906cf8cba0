using System.Security.Claims;
using Platform.Infrastructure.Identity;

namespace Platform.Features.Board.Minuting;

/// <summary>The API of the minutes: details, attendance, adjusters, paragraphs, and adjustment.</summary>
internal static class MinutesApi
{
    public static RouteGroupBuilder MapMinutesApi(this RouteGroupBuilder api)
    {
        var minutes = api.MapGroup("").WithTags("Minutes");
        minutes.MapPut("meetings/{id:guid}/minutes", async (Guid id, MinutesInput input, MinutesWorkflow w, CancellationToken ct) => (await w.SaveDetailsAsync(id, input, ct)).Answer(Or.Invalid, Or.NotFound, Or.Conflict))
            .Writes("The minutes' chair, secretary and where they are kept. 409 once sent for adjustment or adjusted.");
        minutes.MapPost("meetings/{id:guid}/minutes/attendance", async (Guid id, AttendanceInput input, MinutesWorkflow w, CancellationToken ct) => (await w.AddAttendanceAsync(id, input, ct)).Created(_ => $"/api/meetings/{id}", Or.Invalid, Or.NotFound, Or.Conflict))
            .Writes("Adds a line to the attendance list: Role Member, Substitute or Other, present or not, for whom a substitute served.");
        minutes.MapDelete("attendance/{id:guid}", async (Guid id, MinutesWorkflow w, CancellationToken ct) => (await w.RemoveAttendanceAsync(id, ct)).Answer(Or.NotFound, Or.Conflict))
            .Writes("Removes a line from the attendance list.");
        minutes.MapPost("meetings/{id:guid}/minutes/adjusters", async (Guid id, AdjusterInput input, MinutesWorkflow w, CancellationToken ct) => (await w.AddAdjusterAsync(id, input, ct)).Created(_ => $"/api/meetings/{id}", Or.Invalid, Or.NotFound, Or.Conflict))
            .Writes("Names an adjuster by the email they sign in with; scope for one who adjusts only some paragraphs.");
        minutes.MapDelete("adjusters/{id:guid}", async (Guid id, MinutesWorkflow w, CancellationToken ct) => (await w.RemoveAdjusterAsync(id, ct)).Answer(Or.NotFound, Or.Conflict))
            .Writes("Removes an adjuster.");
        minutes.MapPost("meetings/{id:guid}/minutes/paragraphs", async (Guid id, ParagraphInput input, MinutesParagraphs p, CancellationToken ct) => (await p.AddAsync(id, input, ct)).Created(_ => $"/api/meetings/{id}", Or.Invalid, Or.NotFound, Or.Conflict))
            .Writes("Adds a paragraph. Without a number it gets the next in the body's series for the year; a number in use is 409.");
        minutes.MapPut("paragraphs/{id:guid}", async (Guid id, ParagraphInput input, MinutesParagraphs p, CancellationToken ct) => (await p.UpdateAsync(id, input, ct)).Answer(Or.Invalid, Or.NotFound, Or.Conflict))
            .Writes("Changes a paragraph of a draft.");
        minutes.MapDelete("paragraphs/{id:guid}", async (Guid id, MinutesParagraphs p, CancellationToken ct) => (await p.DeleteAsync(id, ct)).Answer(Or.NotFound, Or.Conflict))
            .Writes("Deletes a paragraph of a draft. 409 once the minutes are sent for adjustment, and for a paragraph adjusted at the meeting.");
        minutes.MapPost("meetings/{id:guid}/minutes/paragraphs/from-agenda", async (Guid id, MinutesParagraphs p, CancellationToken ct) => (await p.StartFromAgendaAsync(id, ct)).Created(_ => $"/api/meetings/{id}", Or.NotFound, Or.Conflict))
            .Writes("Starts the minutes from the agenda: one paragraph per item, in order, numbered on from the body's next number (title, description as text, proposed decision as decision). 409 when the minutes already have paragraphs or are not a draft.");
        minutes.MapPost("paragraphs/{id:guid}/immediate-adjustment", async (Guid id, MinutesWorkflow w, CancellationToken ct) => (await w.AdjustImmediatelyAsync(id, ct)).Answer(Or.NotFound, Or.Conflict))
            .Writes("Records that the paragraph was adjusted at the meeting (omedelbar justering): it is locked and may be posted at once.");
        minutes.MapPost("meetings/{id:guid}/minutes/send-for-adjustment", async (Guid id, MinutesWorkflow w, CancellationToken ct) => (await w.SendForAdjustmentAsync(id, ct)).Answer(Or.NotFound, Or.Conflict))
            .Writes("Sends the minutes to the adjusters (by email); no change is possible until they are taken back to draft.");
        minutes.MapPost("meetings/{id:guid}/minutes/return-to-draft", async (Guid id, MinutesWorkflow w, CancellationToken ct) => (await w.ReturnToDraftAsync(id, ct)).Answer(Or.NotFound, Or.Conflict))
            .Writes("Takes minutes in adjustment back to draft; approvals so far are void.");
        minutes.MapPost("meetings/{id:guid}/minutes/approve", async (Guid id, ClaimsPrincipal user, MinutesWorkflow w, CancellationToken ct) => (await w.ApproveAsync(id, user, ct)).Answer(Or.NotFound, Or.Conflict, Or.Forbidden))
            .Writes("The signed-in adjuster approves (403 for anyone else). The last approval adjusts and locks the minutes.", AccessPolicies.Person);
        return api;
    }
}
