namespace Platform.Features.Budgets.Plan;

internal static class PlanServiceCollectionExtensions
{
    /// <summary>The budget's versions, lines, adoption, offers and settings.</summary>
    public static IServiceCollection AddBudgetPlan(this IServiceCollection services)
    {
        services.AddScoped<BudgetPlans>();
        services.AddScoped<BudgetOffers>();
        services.AddScoped<PlanSettings>();
        return services;
    }
}
