using System.Security.Claims;
using Platform.Infrastructure.Identity;

namespace Platform.Features.Board.Minuting;

/// <summary>The API of the minutes: details, attendance, adjusters, paragraphs, and adjustment.</summary>
internal static class MinutesApi
{
    public static RouteGroupBuilder MapMinutesApi(this RouteGroupBuilder api)
    {
        var minutes = api.MapGroup("").WithTags("Minutes");
        minutes.MapPut("meetings/{id:guid}/minutes", async (Guid id, MinutesInput input, MinutesPeople p, CancellationToken ct) => (await p.SaveDetailsAsync(id, input, ct)).Answer(Or.Invalid, Or.NotFound, Or.Conflict))
            .Writes("The minutes' chair and secretary, chosen among those present (chairId/secretaryId: attendance line ids; or chair/secretary: the name of someone present), and where the minutes are kept. 409 once sent for adjustment or adjusted.");
        minutes.MapPost("meetings/{id:guid}/minutes/attendance/from-seats", async (Guid id, MinutesPeople p, CancellationToken ct) => (await p.TakeFromSeatsAsync(id, ct)).Answer(Or.NotFound, Or.Conflict))
            .Writes("Fills the attendance list from the body's seats on the meeting day (members present, substitutes absent); answers how many lines were added. Seats already on the list are left alone.");
        minutes.MapPut("meetings/{id:guid}/minutes/attendance", async (Guid id, AttendanceMarksInput input, MinutesPeople p, CancellationToken ct) => (await p.MarkAttendanceAsync(id, input, ct)).Answer(Or.Invalid, Or.NotFound, Or.Conflict))
            .Writes("Marks lines present or absent; a present substitute may serve for an absent member's line (servingForId), from a paragraph (fromParagraph).");
        minutes.MapPost("meetings/{id:guid}/minutes/attendance", async (Guid id, AttendanceInput input, MinutesPeople p, CancellationToken ct) => (await p.AddAttendanceAsync(id, input, ct)).Created(_ => $"/api/meetings/{id}", Or.Invalid, Or.NotFound, Or.Conflict))
            .Writes("Adds a line to the attendance list: a person from the register (contactId), or by name someone who is not in it. Role Member, Substitute or Other (the default).");
        minutes.MapDelete("attendance/{id:guid}", async (Guid id, MinutesPeople p, CancellationToken ct) => (await p.RemoveAttendanceAsync(id, ct)).Answer(Or.NotFound, Or.Conflict))
            .Writes("Removes a line from the attendance list.");
        minutes.MapPost("meetings/{id:guid}/minutes/adjusters", async (Guid id, AdjusterInput input, MinutesPeople p, CancellationToken ct) => (await p.AddAdjusterAsync(id, input, ct)).Created(_ => $"/api/meetings/{id}", Or.Invalid, Or.NotFound, Or.Conflict))
            .Writes("Names an adjuster among those present (attendanceId); the email they sign in with comes from the register. Scope for one who adjusts only some paragraphs.");
        minutes.MapDelete("adjusters/{id:guid}", async (Guid id, MinutesPeople p, CancellationToken ct) => (await p.RemoveAdjusterAsync(id, ct)).Answer(Or.NotFound, Or.Conflict))
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
        minutes.MapPost("meetings/{id:guid}/minutes/send-for-adjustment", async (Guid id, MinutesPeople p, CancellationToken ct) => (await p.SendForAdjustmentAsync(id, ct)).Answer(Or.NotFound, Or.Conflict))
            .Writes("Sends the minutes to the adjusters (by email; one without an account gets an invitation that leads to the minutes); no change is possible until they are taken back to draft.");
        minutes.MapPost("adjusters/{id:guid}/remind", async (Guid id, MinutesPeople p, CancellationToken ct) => (await p.RemindAdjusterAsync(id, ct)).Answer(Or.NotFound, Or.Conflict))
            .Writes("Sends the adjustment email again to one adjuster of minutes in adjustment (with a new invitation for one without an account).");
        minutes.MapPost("meetings/{id:guid}/minutes/send-back", async (Guid id, SendBackInput input, ClaimsPrincipal user, MinutesPeople p, CancellationToken ct) => (await p.SendBackAsync(id, input, user, ct)).Answer(Or.Invalid, Or.NotFound, Or.Conflict, Or.Forbidden))
            .Writes("An adjuster sends minutes in adjustment back to the kansli with a comment (required): they return to draft, approvals void, and the administrators get the comment by email. 403 for anyone but the minutes' adjusters.", AccessPolicies.Person);
        minutes.MapPost("meetings/{id:guid}/minutes/return-to-draft", async (Guid id, MinutesWorkflow w, CancellationToken ct) => (await w.ReturnToDraftAsync(id, ct)).Answer(Or.NotFound, Or.Conflict))
            .Writes("Takes minutes in adjustment back to draft; approvals so far are void.");
        minutes.MapPost("meetings/{id:guid}/minutes/approve", async (Guid id, ClaimsPrincipal user, MinutesWorkflow w, CancellationToken ct) => (await w.ApproveAsync(id, user, ct)).Answer(Or.NotFound, Or.Conflict, Or.Forbidden))
            .Writes("The signed-in adjuster approves (403 for anyone else). The last approval adjusts and locks the minutes.", AccessPolicies.Person);
        return api;
    }
}
