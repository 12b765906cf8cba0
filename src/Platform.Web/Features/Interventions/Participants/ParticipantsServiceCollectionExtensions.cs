using Platform.Infrastructure.Jobs;

namespace Platform.Features.Interventions.Participants;

internal static class ParticipantsServiceCollectionExtensions
{
    /// <summary>Participant records and counts, who keeps them, the settings, and the nightly deletion of old records.</summary>
    public static IServiceCollection AddInterventionParticipants(this IServiceCollection services)
    {
        services.AddScoped<ParticipantAccess>();
        services.AddScoped<StaffInterventions>();
        services.AddScoped<ParticipantRecords>();
        services.AddScoped<ParticipantCounts>();
        services.AddScoped<ParticipantStaffAssignments>();
        services.AddScoped<ParticipantSettings>();
        services.AddScoped<RecordRetention>();
        services.AddRecurringTenantJob<RecordRetentionJob>(RecordRetentionJob.Id, "Gallra gamla deltagaruppgifter", "15 3 * * *", "varje natt kl. 03.15");
        return services;
    }
}
