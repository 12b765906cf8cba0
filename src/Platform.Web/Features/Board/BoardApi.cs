using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Board;

/// <summary>Whether to post only the immediately adjusted paragraphs.</summary>
public sealed class PostingInput
{
    public bool ImmediateOnly { get; set; }
}

/// <summary>
/// The board's API: bodies, people and seats, meetings with agenda and papers, minutes through
/// adjustment, and the notice board. Admins write; the board and auditors read; adjusters approve.
/// Every refusal is ProblemDetails: 404 for another association's id, 409 for a state that forbids
/// the change, 403 for someone who may not.
/// </summary>
internal static class BoardApi
{
    public static IEndpointRouteBuilder MapBoardApi(this IEndpointRouteBuilder app)
    {
        var read = AccessPolicies.Api(AccessPolicies.Reader);
        var write = AccessPolicies.Api(AccessPolicies.Admin);
        var api = app.MapGroup("/api").TenantEndpoint();

        var bodies = api.MapGroup("").WithTags("Bodies");
        bodies.MapGet("bodies", async (BodyRegister r, CancellationToken ct) => TypedResults.Ok(await r.BodiesAsync(ct)))
            .RequireAuthorization(read).WithSummary("The association's bodies (styrelse, beredningsgrupp, medlemssamråd, styrgrupp, others).");
        bodies.MapPost("bodies", async (BodyInput input, BodyRegister r, CancellationToken ct) => Created(await r.SaveBodyAsync(null, input, ct), b => $"/api/bodies/{b.Id}"))
            .RequireAuthorization(write).Writes<Body>("Adds a body. Kind: Board, PreparatoryGroup, MembersCouncil, SteeringGroup or Other.");
        bodies.MapPut("bodies/{id:guid}", async (Guid id, BodyInput input, BodyRegister r, CancellationToken ct) => Answer(await r.SaveBodyAsync(id, input, ct)))
            .RequireAuthorization(write).Writes<Body>("Renames a body or changes its kind.");
        bodies.MapGet("bodies/{id:guid}/seats", async (Guid id, BodyRegister r, TenantDb db, CancellationToken ct) =>
                await db.Bodies.AnyAsync(b => b.Id == id, ct) ? Results.Ok(await r.SeatsAsync(id, ct)) : NotFound("Organet finns inte."))
            .RequireAuthorization(read).Produces<List<Seat>>().WithSummary("The seats of a body: members and substitutes, chair and vice chair, terms, the order substitutes are called in.");
        bodies.MapPost("bodies/{id:guid}/seats", async (Guid id, SeatInput input, BodyRegister r, CancellationToken ct) => Created(await r.AddSeatAsync(id, input, ct), s => $"/api/bodies/{id}/seats"))
            .RequireAuthorization(write).Writes<Seat>("Adds a seat: Kind Member or Substitute, Position None, Chair or ViceChair, the member party, the term.");
        bodies.MapDelete("seats/{id:guid}", async (Guid id, BodyRegister r, CancellationToken ct) => Answer(await r.RemoveSeatAsync(id, ct)))
            .RequireAuthorization(write).Writes<Seat>("Removes a seat.");
        bodies.MapPut("bodies/{id:guid}/numbering", async (Guid id, NumberingInput input, BodyRegister r, CancellationToken ct) => Answer(await r.SetNumberingAsync(id, input, ct)))
            .RequireAuthorization(write).Writes<ParagraphSeries>("Where the body's § numbers start in a year (Insjöriket's § 1100); later paragraphs continue from the last number used.");
        bodies.MapGet("contacts", async (BodyRegister r, CancellationToken ct) => TypedResults.Ok(await r.ContactsAsync(ct)))
            .RequireAuthorization(read).WithSummary("The people who sit on or serve the association's bodies, with contact details.");
        bodies.MapPost("contacts", async (ContactInput input, BodyRegister r, CancellationToken ct) => Created(await r.SaveContactAsync(null, input, ct), c => $"/api/contacts/{c.Id}"))
            .RequireAuthorization(write).Writes<Contact>("Adds a person.");
        bodies.MapPut("contacts/{id:guid}", async (Guid id, ContactInput input, BodyRegister r, CancellationToken ct) => Answer(await r.SaveContactAsync(id, input, ct)))
            .RequireAuthorization(write).Writes<Contact>("Changes a person's details.");

        var meetings = api.MapGroup("").WithTags("Meetings");
        meetings.MapGet("meetings", async (Meetings m, CancellationToken ct) => TypedResults.Ok((await m.ListAsync(ct)).Select(x => x.Meeting).ToList()))
            .RequireAuthorization(read).WithSummary("Every meeting, newest first. Times are UTC.");
        meetings.MapPost("meetings", async (MeetingInput input, Meetings m, CancellationToken ct) => Created(await m.SaveAsync(null, input, ct), x => $"/api/meetings/{x.Id}"))
            .RequireAuthorization(write).Writes<Meeting>("Plans a meeting: body, kind (Ordinary, Extra), date YYYY-MM-DD, start and end HH:MM in Swedish time, place and/or video link.");
        meetings.MapGet("meetings/{id:guid}", async (Guid id, Meetings m, CancellationToken ct) => await m.FileAsync(id, ct) is { } file ? Results.Ok(file) : NotFound("Sammanträdet finns inte."))
            .RequireAuthorization(read).Produces<MeetingFile>().WithSummary("A meeting with its agenda, papers, minutes, attendance, adjusters, paragraphs and notices.");
        meetings.MapPut("meetings/{id:guid}", async (Guid id, MeetingInput input, Meetings m, CancellationToken ct) => Answer(await m.SaveAsync(id, input, ct)))
            .RequireAuthorization(write).Writes<Meeting>("Changes a meeting, its status included (Planned, NoticeSent, Held, Cancelled).");
        meetings.MapPost("meetings/{id:guid}/agenda", async (Guid id, AgendaItemInput input, Meetings m, CancellationToken ct) => Created(await m.AddAgendaItemAsync(id, input, ct), i => $"/api/agenda-items/{i.Id}"))
            .RequireAuthorization(write).Writes<AgendaItem>("Adds an item last on the agenda.");
        meetings.MapPut("agenda-items/{id:guid}", async (Guid id, AgendaItemInput input, Meetings m, CancellationToken ct) => Answer(await m.UpdateAgendaItemAsync(id, input, ct)))
            .RequireAuthorization(write).Writes<AgendaItem>("Changes an agenda item.");
        meetings.MapDelete("agenda-items/{id:guid}", async (Guid id, Meetings m, CancellationToken ct) => Answer(await m.RemoveAgendaItemAsync(id, ct)))
            .RequireAuthorization(write).Writes<AgendaItem>("Removes an agenda item (its papers stay with the meeting).");
        meetings.MapPost("meetings/{id:guid}/papers", UploadPaperAsync)
            .RequireAuthorization(write).Writes<Paper>("Uploads a paper as multipart/form-data: file, optional agendaItemId, isPublic (true: reachable from the public notice board). PDF, Word, Excel, PowerPoint, images and text; the type is checked from the bytes.")
            .Accepts<IFormFile>("multipart/form-data").DisableAntiforgery();
        meetings.MapGet("papers/{id:guid}", async (Guid id, Meetings m, CancellationToken ct) => File(await m.OpenPaperAsync(id, publicOnly: false, ct)))
            .RequireAuthorization(read).WithSummary("Downloads a paper.").Produces(StatusCodes.Status200OK, contentType: "application/octet-stream").ProducesProblem(StatusCodes.Status404NotFound);
        meetings.MapDelete("papers/{id:guid}", async (Guid id, Meetings m, CancellationToken ct) => Answer(await m.RemovePaperAsync(id, ct)))
            .RequireAuthorization(write).Writes<Paper>("Removes a paper and its file.");

        meetings.MapGet("meetings/{id:guid}/notice", async (Guid id, MeetingNotices n, CancellationToken ct) => await n.StatusAsync(id, ct) is { } status ? Results.Ok(status) : NotFound("Sammanträdet finns inte."))
            .RequireAuthorization(read).Produces<NoticeStatus>().WithSummary("Where the meeting's notice (kallelse) stands: when it is due, what is pending, when it went out, and who is called.");
        meetings.MapPost("meetings/{id:guid}/notice", async (Guid id, MeetingNotices n, CancellationToken ct) => Answer(await n.SendNowAsync(id, ct)))
            .RequireAuthorization(write).Writes<Meeting>("Sends the notice now: the first ahead of its day, or an update (Ändrad kallelse, SEQUENCE raised) after a change to the agenda or papers. Time, place and cancellation changes send updates by themselves.");
        meetings.MapPost("meetings/{id:guid}/guests", async (Guid id, GuestInput input, Meetings m, CancellationToken ct) => Created(await m.AddGuestAsync(id, input, ct), _ => $"/api/meetings/{id}"))
            .RequireAuthorization(write).Writes<Guest>("Invites someone who holds no seat. Invited after the notice went out, they are called at once.");
        meetings.MapDelete("guests/{id:guid}", async (Guid id, Meetings m, CancellationToken ct) => Answer(await m.RemoveGuestAsync(id, ct)))
            .RequireAuthorization(write).Writes<Guest>("Removes an invited guest.");

        var settings = api.MapGroup("").WithTags("Board settings");
        settings.MapGet("board-settings", async (BoardSettingsStore s, CancellationToken ct) => TypedResults.Ok(await s.GetAsync(ct)))
            .RequireAuthorization(read).WithSummary("When notices go out, when adjusters are reminded, whether adjusted minutes are posted automatically, how long notices stay up.");
        settings.MapPut("board-settings", async (BoardSettingsInput input, BoardSettingsStore s, CancellationToken ct) => Answer(await s.SaveAsync(input, ct)))
            .RequireAuthorization(write).Writes<BoardSettings>("Saves the settings: noticeDaysBefore 1–30, adjusterReminderDays 1–13, postingMode Automatic or Remind, keepPostingDays 0–90.");

        var minutes = api.MapGroup("").WithTags("Minutes");
        minutes.MapPut("meetings/{id:guid}/minutes", async (Guid id, MinutesInput input, MinutesWorkflow w, CancellationToken ct) => Answer(await w.SaveDetailsAsync(id, input, ct)))
            .RequireAuthorization(write).Writes<Minutes>("The minutes' chair, secretary and where they are kept. 409 once sent for adjustment or adjusted.");
        minutes.MapPost("meetings/{id:guid}/minutes/attendance", async (Guid id, AttendanceInput input, MinutesWorkflow w, CancellationToken ct) => Created(await w.AddAttendanceAsync(id, input, ct), _ => $"/api/meetings/{id}"))
            .RequireAuthorization(write).Writes<Attendance>("Adds a line to the attendance list: Role Member, Substitute or Other, present or not, for whom a substitute served.");
        minutes.MapDelete("attendance/{id:guid}", async (Guid id, MinutesWorkflow w, CancellationToken ct) => Answer(await w.RemoveAttendanceAsync(id, ct)))
            .RequireAuthorization(write).Writes<Attendance>("Removes a line from the attendance list.");
        minutes.MapPost("meetings/{id:guid}/minutes/adjusters", async (Guid id, AdjusterInput input, MinutesWorkflow w, CancellationToken ct) => Created(await w.AddAdjusterAsync(id, input, ct), _ => $"/api/meetings/{id}"))
            .RequireAuthorization(write).Writes<Adjuster>("Names an adjuster by the email they sign in with; scope for one who adjusts only some paragraphs.");
        minutes.MapDelete("adjusters/{id:guid}", async (Guid id, MinutesWorkflow w, CancellationToken ct) => Answer(await w.RemoveAdjusterAsync(id, ct)))
            .RequireAuthorization(write).Writes<Adjuster>("Removes an adjuster.");
        minutes.MapPost("meetings/{id:guid}/minutes/paragraphs", async (Guid id, ParagraphInput input, MinutesWorkflow w, CancellationToken ct) => Created(await w.AddParagraphAsync(id, input, ct), _ => $"/api/meetings/{id}"))
            .RequireAuthorization(write).Writes<Paragraph>("Adds a paragraph. Without a number it gets the next in the body's series for the year; a number in use is 409.");
        minutes.MapPut("paragraphs/{id:guid}", async (Guid id, ParagraphInput input, MinutesWorkflow w, CancellationToken ct) => Answer(await w.UpdateParagraphAsync(id, input, ct)))
            .RequireAuthorization(write).Writes<Paragraph>("Changes a paragraph of a draft.");
        minutes.MapPost("paragraphs/{id:guid}/immediate-adjustment", async (Guid id, MinutesWorkflow w, CancellationToken ct) => Answer(await w.AdjustImmediatelyAsync(id, ct)))
            .RequireAuthorization(write).Writes<Paragraph>("Records that the paragraph was adjusted at the meeting (omedelbar justering): it is locked and may be posted at once.");
        minutes.MapPost("meetings/{id:guid}/minutes/send-for-adjustment", async (Guid id, MinutesWorkflow w, CancellationToken ct) => Answer(await w.SendForAdjustmentAsync(id, ct)))
            .RequireAuthorization(write).Writes<Minutes>("Sends the minutes to the adjusters (by email); no change is possible until they are taken back to draft.");
        minutes.MapPost("meetings/{id:guid}/minutes/return-to-draft", async (Guid id, MinutesWorkflow w, CancellationToken ct) => Answer(await w.ReturnToDraftAsync(id, ct)))
            .RequireAuthorization(write).Writes<Minutes>("Takes minutes in adjustment back to draft; approvals so far are void.");
        minutes.MapPost("meetings/{id:guid}/minutes/approve", async (Guid id, ClaimsPrincipal user, MinutesWorkflow w, CancellationToken ct) => Answer(await w.ApproveAsync(id, user, ct)))
            .RequireAuthorization(AccessPolicies.Api(AccessPolicies.Person)).Writes<Minutes>("The signed-in adjuster approves (403 for anyone else). The last approval adjusts and locks the minutes.");

        var notices = api.MapGroup("").WithTags("Notice board");
        notices.MapPost("meetings/{id:guid}/postings", async (Guid id, PostingInput? input, ClaimsPrincipal user, NoticeBoard board, CancellationToken ct) =>
                Created(await board.PostAsync(id, input?.ImmediateOnly ?? false, user, ct), p => $"/anslagstavla/{p.Id}"))
            .RequireAuthorization(write).Writes<Posting>("Posts the adjustment on the notice board today. 409 before adjustment; after the deadline it is posted, marked late, and the admins are warned.");
        notices.MapPost("postings/{id:guid}/takedown", async (Guid id, ClaimsPrincipal user, NoticeBoard board, CancellationToken ct) => Answer(await board.TakeDownAsync(id, user, ct)))
            .RequireAuthorization(write).Writes<Posting>("Takes a notice down into the archive. 409 before the earliest takedown day (the day after the last appeal day).");
        return app;
    }

    internal static RouteHandlerBuilder Writes<T>(this RouteHandlerBuilder builder, string summary) =>
        builder.RequireAntiforgeryForCookieWrites().WithSummary(summary)
            .Produces<T>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> UploadPaperAsync(Guid id, HttpRequest request, Meetings meetings, CancellationToken ct)
    {
        // Before the body is read: another association's id is a 404 whatever was sent.
        if (!await meetings.ExistsAsync(id, ct)) return NotFound("Sammanträdet finns inte.");
        if (!request.HasFormContentType)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["Skicka filen som multipart/form-data i fältet file."] }, title: "Uppgifterna innehåller fel");
        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file");
        await using var content = file?.OpenReadStream();
        var isPublic = bool.TryParse(form["isPublic"], out var p) && p;
        return Created(await meetings.AddPaperAsync(id, file?.FileName, content, form["agendaItemId"], isPublic, ct), x => $"/api/papers/{x.Id}");
    }

    /// <summary>A stored file as a download; never shown inline, so an HTML or SVG file cannot run in the association's origin.</summary>
    internal static IResult File((Paper Paper, Stream Content)? file) => file is var (paper, content)
        ? Results.Stream(content, paper.ContentType, paper.FileName, enableRangeProcessing: false)
        : NotFound("Handlingen finns inte.");

    internal static IResult NotFound(string message) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Finns inte", detail: message);

    internal static IResult Created<T>(BoardResult<T> result, Func<T, string> location) =>
        result.Succeeded ? Results.Created(location(result.Value!), result.Value) : Problem(result);

    internal static IResult Answer<T>(BoardResult<T> result) => result.Succeeded ? Results.Ok(result.Value) : Problem(result);

    internal static IResult Problem<T>(BoardResult<T> result) => result.Outcome switch
    {
        BoardOutcome.Invalid => Results.ValidationProblem(result.Errors!, title: result.Message),
        BoardOutcome.NotFound => NotFound(result.Message!),
        BoardOutcome.Conflict => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Går inte just nu", detail: result.Message),
        BoardOutcome.Forbidden => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Ingen behörighet", detail: result.Message),
        _ => throw new InvalidOperationException($"Not a failure: {result.Outcome}"),
    };
}
