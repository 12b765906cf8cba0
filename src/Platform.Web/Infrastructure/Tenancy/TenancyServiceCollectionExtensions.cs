namespace Platform.Infrastructure.Tenancy;

internal static class TenancyServiceCollectionExtensions
{
    public static IServiceCollection AddTenancy(this IServiceCollection services)
    {
        services.AddSingleton<TenantCatalog>();
        services.AddSingleton<TenantAvailability>();
        services.AddSingleton<TenantScopeFactory>();
        services.AddSingleton<TenantProvisioner>();
        services.AddSingleton<TenantMigrator>();
        services.AddScoped<TenantContext>();
        services.AddScoped<AssociationLetterhead>();
        services.AddSingleton<MatcherPolicy, EndpointAudienceMatcherPolicy>();
        services.AddHostedService<CatalogRefresher>();
        return services;
    }
}
