using Platform.Features.Board;
using Platform.Features.Interventions;
using Platform.Infrastructure.Jobs;

namespace Platform.Features.Budgets.MemberReports;

internal static class MemberReportsServiceCollectionExtensions
{
    /// <summary>The annual report to each member: the page, the PDF and the morning job that sends it.</summary>
    public static IServiceCollection AddBudgetMemberReports(this IServiceCollection services)
    {
        services.AddScoped<MemberInterventions>();
        services.AddScoped<InterventionFigures>();
        services.AddScoped<BoardDecisions>();
        services.AddScoped<MemberReports>();
        services.AddRecurringTenantJob<MemberReportsJob>(MemberReportsJob.Id, "Årsrapport till medlemmarna", "45 7 * * *", "varje morgon kl. 07.45");
        return services;
    }
}
