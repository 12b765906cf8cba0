using Platform.Features.Budgets.FollowUp;

namespace Platform.Features.Budgets.Outcome;

internal static class OutcomeServiceCollectionExtensions
{
    /// <summary>The outcome from the accounting system (SIE 4 imports, account mappings, outcome by hand) and the follow-up against the budget.</summary>
    public static IServiceCollection AddBudgetOutcome(this IServiceCollection services)
    {
        services.AddScoped<OutcomeLedger>();
        services.AddScoped<OutcomeImports>();
        services.AddScoped<AccountMappings>();
        services.AddScoped<OutcomeEntries>();
        services.AddScoped<FollowUps>();
        return services;
    }

    public static IEndpointRouteBuilder MapBudgetOutcomeAndFollowUpApi(this IEndpointRouteBuilder app) =>
        app.MapBudgetOutcomeApi().MapBudgetFollowUpApi();
}
