namespace Platform.Features.Grants.Payments;

internal static class GrantPaymentsServiceCollectionExtensions
{
    /// <summary>The payments of grants and the office's list of what to do about grants (<see cref="GrantAgenda"/>).</summary>
    public static IServiceCollection AddGrantPayments(this IServiceCollection services) => services
        .AddScoped<GrantPayments>()
        .AddScoped<GrantAgenda>();
}
