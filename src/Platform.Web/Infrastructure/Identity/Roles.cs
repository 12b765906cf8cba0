namespace Platform.Infrastructure.Identity;

/// <summary>
/// The roles of the platform. An association's roles are held per membership (one person may be
/// admin in one association and auditor in another); the platform roles belong to the user.
/// </summary>
internal static class Roles
{
    /// <summary>Kansli: everything in the association, including its people.</summary>
    public const string Admin = "admin";
    /// <summary>Ledamot or ersättare: reads, adjusts minutes.</summary>
    public const string Board = "board";
    /// <summary>Revisor: reads.</summary>
    public const string Auditor = "auditor";
    /// <summary>
    /// Deltagaransvarig: keeps the participant records of the interventions the admins gave them
    /// (<c>ParticipantStaff</c>), and sees the figures of those interventions; nothing else of the association.
    /// </summary>
    public const string ParticipantStaff = "participant-staff";
    /// <summary>An integration client of one association: reads its API.</summary>
    public const string Integration = "integration";
    /// <summary>Given with <see cref="Integration"/> to a client an admin allowed to write.</summary>
    public const string IntegrationWriter = "integration-writer";

    /// <summary>The national network: aggregate statistics only, never an association's records.</summary>
    public const string Network = "network";
    /// <summary>Platform operations: provisioning, integration clients, the jobs dashboard.</summary>
    public const string Operator = "operator";

    /// <summary>The roles a person can hold in an association.</summary>
    public static IReadOnlyList<string> Membership { get; } = [Admin, Board, Auditor, ParticipantStaff];

    /// <summary>The roles a person can hold on the platform.</summary>
    public static IReadOnlyList<string> PlatformRoles { get; } = [Network, Operator];

    public static bool IsMembershipRole(string? role) => role is not null && Membership.Contains(role);

    public static bool IsPlatformRole(string? role) => role is not null && PlatformRoles.Contains(role);

    /// <summary>The Swedish name of a role, as shown in the UI.</summary>
    public static string SwedishLabel(string role) => role switch
    {
        Admin => "Administratör (kansli)",
        Board => "Styrelse (ledamot/ersättare)",
        Auditor => "Revisor",
        ParticipantStaff => "Deltagaransvarig",
        Integration => "Integration (läsa)",
        IntegrationWriter => "Integration (skriva)",
        Network => "Nationella nätverket",
        Operator => "Drift",
        _ => role,
    };
}
