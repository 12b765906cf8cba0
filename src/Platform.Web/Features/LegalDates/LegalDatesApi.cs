using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.LegalDates;

/// <summary>
/// The public date helper, on any host and without sign-in: the same rules as the notice board,
/// for an association's own website or a secretary checking a date.
/// </summary>
internal static class LegalDatesApi
{
    public static IEndpointRouteBuilder MapLegalDatesApi(this IEndpointRouteBuilder app)
    {
        var calendar = app.MapGroup("/api/calendar").AnonymousEndpoint().AllowAnonymous().WithTags("Calendar");
        calendar.MapGet("posting-deadline", PostingDeadline)
            .WithSummary("The last day to post an adjustment on the notice board: the second day after adjustment, moved to the next weekday (KL 8 kap 12 §).");
        calendar.MapGet("appeal-period", AppealPeriod)
            .WithSummary("The last appeal day (three weeks from posting, moved by the Sunday rule; KL 13 kap 5 §) and the earliest takedown (the day after).");
        return app;
    }

    private static Results<Ok<PostingDeadlineDto>, ValidationProblem> PostingDeadline(string? adjustedOn) =>
        CalendarDate.TryParse(adjustedOn, out var adjusted)
            ? TypedResults.Ok(new PostingDeadlineDto(adjusted, NoticeBoardDates.PostingDeadline(adjusted)))
            : Invalid("adjustedOn", adjustedOn);

    private static Results<Ok<AppealPeriodDto>, ValidationProblem> AppealPeriod(string? postedOn) =>
        CalendarDate.TryParse(postedOn, out var posted)
            ? TypedResults.Ok(new AppealPeriodDto(posted, NoticeBoardDates.LastAppealDay(posted), NoticeBoardDates.EarliestTakedown(posted)))
            : Invalid("postedOn", postedOn);

    private static ValidationProblem Invalid(string field, string? value) =>
        Answers.Invalid(field, CalendarDate.Problem(value), title: "Datumet kunde inte läsas");
}
