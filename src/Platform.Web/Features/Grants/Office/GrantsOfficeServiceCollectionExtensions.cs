using Platform.Features.Board;
using Platform.Features.Grants.Decision;
using Platform.Features.Interventions;

namespace Platform.Features.Grants.Office;

internal static class GrantsOfficeServiceCollectionExtensions
{
    /// <summary>The office's side of funding applications and the decision, with what it uses of the board and the register.</summary>
    public static IServiceCollection AddGrantsOffice(this IServiceCollection services)
    {
        services.AddScoped<ApplicationReader>();
        services.AddScoped<ApplicationHistory>();
        services.AddScoped<ApplicationDesk>();
        services.AddScoped<ApplicationConflicts>();
        services.AddScoped<BoardPlacement>();
        services.AddScoped<GrantDecisions>();
        services.AddScoped<PaymentPlans>();
        services.AddScoped<Agreements>();
        services.AddScoped<BoardCases>();
        services.AddScoped<GrantedInterventions>();
        services.AddScoped<GrantLinks>();
        services.AddHttpContextAccessor();
        return services;
    }
}
