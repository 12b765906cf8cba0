using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.Features.Board.Notices;

/// <summary>The API of a meeting's notice (kallelse).</summary>
internal static class NoticesApi
{
    public static RouteGroupBuilder MapNoticesApi(this RouteGroupBuilder api)
    {
        var notices = api.MapGroup("").WithTags("Meetings");
        notices.MapGet("meetings/{id:guid}/notice", async Task<Results<Ok<NoticeStatus>, NotFoundProblem>> (Guid id, MeetingNotices n, CancellationToken ct) =>
                await n.StatusAsync(id, ct) is { } status ? TypedResults.Ok(status) : Answers.NotFound(BoardTexts.NoMeeting))
            .Reads("Where the meeting's notice (kallelse) stands: when it is due, what is pending, when it went out, and who is called.");
        notices.MapPost("meetings/{id:guid}/notice", async (Guid id, MeetingNotices n, CancellationToken ct) => (await n.SendNowAsync(id, ct)).Answer(Or.NotFound, Or.Conflict))
            .Writes("Sends the notice now: the first ahead of its day, or an update (Ändrad kallelse, SEQUENCE raised) after a change to the agenda or papers. Time, place and cancellation changes send updates by themselves.");
        return api;
    }
}
