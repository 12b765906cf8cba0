using Platform.Features.Board;

namespace Platform.Features.Interventions.Register;

internal static class InterventionRegisterServiceCollectionExtensions
{
    /// <summary>The intervention register, and the board's published paragraphs it links its decisions to.</summary>
    public static IServiceCollection AddInterventionRegister(this IServiceCollection services)
    {
        services.AddScoped<InterventionRegister>();
        services.AddScoped<BoardDecisions>();
        return services;
    }
}
