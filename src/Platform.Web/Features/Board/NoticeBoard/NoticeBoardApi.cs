using System.Security.Claims;

namespace Platform.Features.Board.NoticeBoard;

/// <summary>The API of the notice board: posting an adjustment and taking a notice down.</summary>
internal static class NoticeBoardApi
{
    public static RouteGroupBuilder MapNoticeBoardApi(this RouteGroupBuilder api)
    {
        var notices = api.MapGroup("").WithTags("Notice board");
        notices.MapPost("meetings/{id:guid}/postings", async (Guid id, PostingInput? input, ClaimsPrincipal user, NoticeBoardPostings board, CancellationToken ct) =>
                (await board.PostAsync(id, input?.ImmediateOnly ?? false, user, ct)).Created(p => $"/anslagstavla/{p.Id}", Or.NotFound, Or.Conflict))
            .Writes("Posts the adjustment on the notice board today. 409 before adjustment; after the deadline it is posted, marked late, and the admins are warned.");
        notices.MapPost("postings/{id:guid}/takedown", async (Guid id, ClaimsPrincipal user, NoticeBoardPostings board, CancellationToken ct) => (await board.TakeDownAsync(id, user, ct)).Answer(Or.NotFound, Or.Conflict))
            .Writes("Takes a notice down into the archive. 409 before the earliest takedown day (the day after the last appeal day).");
        return api;
    }
}
