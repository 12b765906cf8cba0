using Platform.Features.Board.Bodies;
using Platform.Features.Board.Meetings;
using Platform.Features.Board.Minuting;
using Platform.Features.Board.NoticeBoard;
using Platform.Features.Board.Notices;
using Platform.Features.Board.Settings;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Board;

/// <summary>
/// The board's API, one group per sub-feature: bodies, meetings, notices, settings, minutes and the
/// notice board. Admins write; the board and auditors read; adjusters approve. Every refusal is
/// ProblemDetails: 404 for another association's id, 409 for a state that forbids the change, 403
/// for someone who may not; each route declares only those it can give.
/// </summary>
internal static class BoardApi
{
    public static IEndpointRouteBuilder MapBoardApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").TenantEndpoint()
            .MapBodiesApi()
            .MapMeetingsApi()
            .MapNoticesApi()
            .MapBoardSettingsApi()
            .MapMinutesApi()
            .MapNoticeBoardApi();
        return app;
    }
}
