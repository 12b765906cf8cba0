using System.Text.Json.Serialization;
using Platform.Features.Board.Bodies;
using Platform.Features.Board.CalendarFeed;
using Platform.Features.Board.Deadlines;
using Platform.Features.Board.Meetings;
using Platform.Features.Board.Minuting;
using Platform.Features.Board.NoticeBoard;
using Platform.Features.Board.Notices;
using Platform.Features.Board.Settings;
using Platform.Features.Board.Summary;
using Platform.Infrastructure.Jobs;

namespace Platform.Features.Board;

internal static class BoardServiceCollectionExtensions
{
    /// <summary>The board's services, scoped to the request's (or job's) association.</summary>
    public static IServiceCollection AddBoard(this IServiceCollection services)
    {
        services.AddScoped<BodyRegister>();
        services.AddScoped<MeetingPlanner>();
        services.AddScoped<MinutesWorkflow>();
        services.AddScoped<MinutesParagraphs>();
        services.AddScoped<AgendaTemplates>();
        services.AddScoped<MinutesPeople>();
        services.AddScoped<AdjusterAccounts>();
        services.AddScoped<NoticeBoardPostings>();
        services.AddScoped<BoardSettingsStore>();
        services.AddScoped<MeetingNotices>();
        services.AddScoped<BoardDeadlines>();
        services.AddScoped<CalendarFeeds>();
        services.AddScoped<BoardAgenda>();
        services.AddRecurringTenantJob<MeetingNoticesJob>(MeetingNoticesJob.Id, "Skicka kallelser som ska ut", "* * * * *", "varje minut");
        services.AddRecurringTenantJob<BoardDeadlinesJob>(BoardDeadlinesJob.Id, "Anslag, nedtagning och påminnelser om justering", "0 6 * * *", "varje morgon kl. 06.00");
        services.AddScoped<WeeklySummary.IWeeklySummarySection, UpcomingMeetingsSection>();
        services.AddScoped<WeeklySummary.IWeeklySummarySection, MinutesAwaitingAdjustmentSection>();
        services.AddScoped<WeeklySummary.IWeeklySummarySection, NoticeBoardSection>();
        services.AddScoped<Infrastructure.Demo.DemoBoardSeeder>();
        // Kinds and states travel as their names ("Board", "InAdjustment"), never as numbers.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return services;
    }
}
