using System.Text;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Board.CalendarFeed;

internal static class CalendarFeedEndpoints
{
    /// <summary>The calendar feed a person subscribes to: anonymous (calendar apps cannot sign in), found by its secret token, on the association's host only.</summary>
    public static IEndpointRouteBuilder MapCalendarFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/kalender/{token}.ics", async (string token, CalendarFeeds feeds, HttpResponse response, CancellationToken ct) =>
            {
                if (await feeds.FeedAsync(token, ct) is not { } ics)
                    return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Finns inte", detail: "Kalenderadressen finns inte eller har ersatts av en ny.");
                response.Headers.CacheControl = "private, no-store";
                return Results.Text(ics, "text/calendar; charset=utf-8", Encoding.UTF8);
            })
            .TenantEndpoint().AllowAnonymous().WithTags("Meetings")
            .Produces(StatusCodes.Status200OK, contentType: "text/calendar").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A person's meetings as an iCalendar feed (subscription). The secret address is made on the page Kalender i din app.");
        return app;
    }
}
