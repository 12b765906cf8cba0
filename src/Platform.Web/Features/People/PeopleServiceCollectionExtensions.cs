namespace Platform.Features.People;

internal static class PeopleServiceCollectionExtensions
{
    /// <summary>The association's people: memberships and roles, and invitations (by an admin, or the first admin by an operator).</summary>
    public static IServiceCollection AddPeople(this IServiceCollection services)
    {
        services.AddScoped<Invitations>();
        services.AddSingleton<OperatorInvitations>();
        services.AddScoped<Memberships>();
        return services;
    }
}
