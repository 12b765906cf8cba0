using Platform.Features.Interventions;
using Platform.Infrastructure.Jobs;

namespace Platform.Features.Grants.Reports;

internal static class GrantReportsServiceCollectionExtensions
{
    /// <summary>The reports of grants: the office's side, the recipient's form by link, and the reminders job.</summary>
    public static IServiceCollection AddGrantReports(this IServiceCollection services)
    {
        services.AddScoped<InterventionFigures>();
        services.AddScoped<ReportLinks>();
        services.AddScoped<GrantReports>();
        services.AddScoped<RecipientReports>();
        services.AddScoped<ReportReminders>();
        services.AddRecurringTenantJob<ReportRemindersJob>(ReportRemindersJob.Id, "Påminnelser om redovisningar av beviljade medel", "30 7 * * *", "varje morgon kl. 07.30");
        return services;
    }
}
