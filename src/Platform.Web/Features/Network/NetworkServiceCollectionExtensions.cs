using Platform.Features.Board;
using Platform.Features.Fees;
using Platform.Features.Interventions;
using Platform.Features.Members;
using Platform.Infrastructure.Jobs;

namespace Platform.Features.Network;

internal static class NetworkServiceCollectionExtensions
{
    /// <summary>The network statistics: each feature's source, the nightly job per association, and the report over the catalog.</summary>
    public static IServiceCollection AddNetworkStatistics(this IServiceCollection services)
    {
        services.AddScoped<IStatisticsSource, MemberStatistics>();
        services.AddScoped<IStatisticsSource, BoardStatistics>();
        services.AddScoped<IStatisticsSource, FeeStatistics>();
        services.AddScoped<IStatisticsSource, InterventionStatistics>();
        services.AddRecurringTenantJob<StatisticsJob>(StatisticsJob.Id, "Statistik till nationella nätverket", "30 2 * * *", "varje natt kl. 02.30");
        services.AddScoped<NetworkStatistics>();
        return services;
    }
}
