using Platform.Features.Interventions.Finsam;

namespace Platform.Features.Interventions.Results;

internal static class InterventionResultsServiceCollectionExtensions
{
    /// <summary>The results of interventions, Uppföljning Finsam, and the feature's part of the network statistics.</summary>
    public static IServiceCollection AddInterventionResults(this IServiceCollection services) => services
        .AddScoped<ResultsLoader>()
        .AddScoped<InterventionResults>()
        .AddScoped<FinsamReport>();
}
