namespace Platform.Features.Budgets.Export;

internal static class ExportServiceCollectionExtensions
{
    /// <summary>The budget on paper and in Excel.</summary>
    public static IServiceCollection AddBudgetExports(this IServiceCollection services)
    {
        services.AddScoped<BudgetPapers>();
        return services;
    }
}
