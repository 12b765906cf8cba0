namespace Platform.Features.Integrations;

internal static class IntegrationsServiceCollectionExtensions
{
    /// <summary>The integration clients and apps: registered and revoked by operators, allowed to write by the association's admins.</summary>
    public static IServiceCollection AddIntegrations(this IServiceCollection services) => services.AddScoped<IntegrationClients>();
}
