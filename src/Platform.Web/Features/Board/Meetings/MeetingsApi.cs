using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Features.Board.Model;

namespace Platform.Features.Board.Meetings;

/// <summary>The API of meetings, their agenda, papers and guests.</summary>
internal static class MeetingsApi
{
    public static RouteGroupBuilder MapMeetingsApi(this RouteGroupBuilder api)
    {
        var meetings = api.MapGroup("").WithTags("Meetings");
        meetings.MapGet("meetings", async (MeetingPlanner m, CancellationToken ct) => TypedResults.Ok((await m.ListAsync(ct)).Select(x => x.Meeting).ToList()))
            .Reads("Every meeting, newest first. Times are UTC.");
        meetings.MapPost("meetings", async (MeetingInput input, MeetingPlanner m, CancellationToken ct) => (await m.SaveAsync(null, input, ct)).Created(x => $"/api/meetings/{x.Id}", Or.Invalid))
            .Writes("Plans a meeting: body, kind (Ordinary, Extra), date YYYY-MM-DD, start and end HH:MM in Swedish time, place and/or video link. Its agenda begins with the body's standard agenda unless emptyAgenda is true.");
        meetings.MapGet("meetings/{id:guid}", async Task<Results<Ok<MeetingFile>, NotFoundProblem>> (Guid id, MeetingPlanner m, CancellationToken ct) =>
                await m.FileAsync(id, ct) is { } file ? TypedResults.Ok(file) : Answers.NotFound(BoardTexts.NoMeeting))
            .Reads("A meeting with its agenda, papers, minutes, attendance, adjusters, paragraphs and notices.");
        meetings.MapPut("meetings/{id:guid}", async (Guid id, MeetingInput input, MeetingPlanner m, CancellationToken ct) => (await m.SaveAsync(id, input, ct)).Answer(Or.Invalid, Or.NotFound))
            .Writes("Changes a meeting, its status included (Planned, NoticeSent, Held, Cancelled). A new date in another year renumbers a draft's paragraphs in that year's series; once they are posted or the minutes have gone for adjustment it is refused (400, on date).");
        meetings.MapPost("meetings/{id:guid}/agenda", async (Guid id, AgendaItemInput input, MeetingPlanner m, CancellationToken ct) => (await m.AddAgendaItemAsync(id, input, ct)).Created(i => $"/api/agenda-items/{i.Id}", Or.Invalid, Or.NotFound))
            .Writes("Adds an item to the agenda: at position (1 = first) if given, otherwise last.");
        meetings.MapPut("agenda-items/{id:guid}", async (Guid id, AgendaItemInput input, MeetingPlanner m, CancellationToken ct) => (await m.UpdateAgendaItemAsync(id, input, ct)).Answer(Or.Invalid, Or.NotFound))
            .Writes("Changes an agenda item.");
        meetings.MapDelete("agenda-items/{id:guid}", async (Guid id, MeetingPlanner m, CancellationToken ct) => (await m.RemoveAgendaItemAsync(id, ct)).Answer(Or.NotFound))
            .Writes("Removes an agenda item (its papers stay with the meeting, on no item).");
        meetings.MapPost("agenda-items/{id:guid}/move", async (Guid id, AgendaMoveInput input, MeetingPlanner m, CancellationToken ct) => (await m.MoveAgendaItemAsync(id, input, ct)).Answer(Or.Invalid, Or.NotFound))
            .Writes("Moves an agenda item: direction up or down (one step), or position (1 = first); the other items close up around it.");
        meetings.MapPost("meetings/{id:guid}/papers", UploadPaperAsync)
            .Writes("Uploads a paper as multipart/form-data: file, optional agendaItemId, isPublic (true: reachable from the public notice board). PDF, Word, Excel, PowerPoint, images and text; the type is checked from the bytes.")
            .Accepts<IFormFile>("multipart/form-data").DisableAntiforgery();
        meetings.MapGet("papers/{id:guid}", async (Guid id, MeetingPlanner m, CancellationToken ct) => PaperDownload.Answer(await m.OpenPaperAsync(id, publicOnly: false, ct)))
            .Reads("Downloads a paper.").Produces(StatusCodes.Status200OK, contentType: "application/octet-stream");
        meetings.MapDelete("papers/{id:guid}", async (Guid id, MeetingPlanner m, CancellationToken ct) => (await m.RemovePaperAsync(id, ct)).Answer(Or.NotFound))
            .Writes("Removes a paper and its file.");
        meetings.MapPut("papers/{id:guid}", async (Guid id, PaperInput input, MeetingPlanner m, CancellationToken ct) => (await m.UpdatePaperAsync(id, input, ct)).Answer(Or.Invalid, Or.NotFound))
            .Writes("Changes a paper: agendaItemId (an item of the same meeting, or null for none) and isPublic.");
        meetings.MapPost("meetings/{id:guid}/guests", async (Guid id, GuestInput input, MeetingPlanner m, CancellationToken ct) => (await m.AddGuestAsync(id, input, ct)).Created(_ => $"/api/meetings/{id}", Or.Invalid, Or.NotFound))
            .Writes("Invites someone who holds no seat. Invited after the notice went out, they are called at once.");
        meetings.MapDelete("guests/{id:guid}", async (Guid id, MeetingPlanner m, CancellationToken ct) => (await m.RemoveGuestAsync(id, ct)).Answer(Or.NotFound))
            .Writes("Removes an invited guest.");
        return api;
    }

    private static async Task<Results<Created<Paper>, ValidationProblem, NotFoundProblem>> UploadPaperAsync(Guid id, HttpRequest request, MeetingPlanner meetings, CancellationToken ct)
    {
        // Before the body is read: another association's id is a 404 whatever was sent.
        if (!await meetings.ExistsAsync(id, ct)) return Answers.NotFound(BoardTexts.NoMeeting);
        if (!request.HasFormContentType) return Answers.Invalid("file", "Skicka filen som multipart/form-data i fältet file.");
        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file");
        await using var content = file?.OpenReadStream();
        var isPublic = bool.TryParse(form["isPublic"], out var p) && p;
        return (await meetings.AddPaperAsync(id, file?.FileName, content, form["agendaItemId"], isPublic, ct)).Created(x => $"/api/papers/{x.Id}", Or.Invalid, Or.NotFound);
    }
}
