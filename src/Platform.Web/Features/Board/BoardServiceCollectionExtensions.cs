using System.Text.Json.Serialization;

namespace Platform.Features.Board;

internal static class BoardServiceCollectionExtensions
{
    /// <summary>The board's services, scoped to the request's (or job's) association.</summary>
    public static IServiceCollection AddBoard(this IServiceCollection services)
    {
        services.AddScoped<BodyRegister>();
        services.AddScoped<Meetings>();
        services.AddScoped<MinutesWorkflow>();
        services.AddScoped<NoticeBoard>();
        services.AddScoped<Infrastructure.Demo.DemoBoardSeeder>();
        // Kinds and states travel as their names ("Board", "InAdjustment"), never as numbers.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return services;
    }
}
