namespace Platform.Features.Members;

internal static class MembersServiceCollectionExtensions
{
    /// <summary>The member register.</summary>
    public static IServiceCollection AddMembers(this IServiceCollection services) => services.AddScoped<MemberRegister>();
}
