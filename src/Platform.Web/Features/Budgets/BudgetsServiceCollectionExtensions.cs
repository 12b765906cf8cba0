using Platform.Features.Budgets.Sheet;
using Platform.Features.Interventions;

namespace Platform.Features.Budgets;

internal static class BudgetsServiceCollectionExtensions
{
    /// <summary>The association's budget and three-year plan, its outcome and follow-up, scoped to the association.</summary>
    public static IServiceCollection AddBudgets(this IServiceCollection services)
    {
        services.AddScoped<InterventionBudgets>();
        services.AddScoped<BudgetSheets>();
        return services;
    }
}
