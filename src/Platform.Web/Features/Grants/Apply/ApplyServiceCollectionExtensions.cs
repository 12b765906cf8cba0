namespace Platform.Features.Grants.Apply;

internal static class ApplyServiceCollectionExtensions
{
    /// <summary>The public application form (/ansok) and the association's template for it (/admin/ansokan).</summary>
    public static IServiceCollection AddGrantApplications(this IServiceCollection services) =>
        services.AddScoped<ApplicationForm>().AddScoped<Template.ApplicationTemplates>();
}
