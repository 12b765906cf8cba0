using Platform.Infrastructure.Jobs;

namespace Platform.Features.WeeklySummary;

internal static class WeeklySummaryServiceCollectionExtensions
{
    public static IServiceCollection AddWeeklySummary(this IServiceCollection services)
    {
        services.AddScoped<IWeeklySummarySection, MembershipSummarySection>();
        services.AddScoped<IWeeklySummarySection, OutboxSummarySection>();
        services.AddScoped<IAssociationAdmins, MembershipAdmins>();
        // Monday 07:00 Swedish time, summer and winter.
        services.AddRecurringTenantJob<WeeklySummaryJob>(WeeklySummaryJob.Id, "Veckosammanfattning till kansliet", "0 7 * * 1", "måndagar kl. 07.00");
        return services;
    }
}
