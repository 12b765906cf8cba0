using Microsoft.AspNetCore.Authorization;
using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// Who may do what. Every policy checks the host as well as the role: a principal of association A
/// (by cookie or token) has no role at all on B's host, and an association's principal has none on
/// the platform host.
/// </summary>
internal static class AccessPolicies
{
    /// <summary>Anyone of the association: its people and its integration clients.</summary>
    public const string Reader = "tenant-reader";
    /// <summary>
    /// Who may see the interventions and their figures: the association's people, participant staff included, and its
    /// integration clients. Participant records are checked by the records themselves (ParticipantAccess): only the
    /// intervention's own deltagaransvarig, everyone else 404, so that a record's existence does not leak.
    /// </summary>
    public const string Interventions = "tenant-interventions";
    /// <summary>The association's people (pages for persons: change password).</summary>
    public const string Person = "tenant-person";
    /// <summary>The association's admins.</summary>
    public const string Admin = "tenant-admin";
    /// <summary>Who may read invoices and payments: admins, auditors (revisorer) and integration clients.</summary>
    public const string Finance = "tenant-finance";
    /// <summary>Who may change the association's member register: admins and clients allowed to write.</summary>
    public const string MembersWriter = "tenant-members-writer";
    /// <summary>Platform operators.</summary>
    public const string Operator = "platform-operator";
    /// <summary>The national network.</summary>
    public const string Network = "platform-network";
    /// <summary>Anyone signed in on the platform host.</summary>
    public const string PlatformUser = "platform-user";

    /// <summary>The authentication scheme of the API: a bearer token if one is sent, otherwise the cookie (which then answers 401, not a redirect).</summary>
    public const string ApiScheme = "api";

    /// <summary>Whether the request carries a bearer token (rather than relying on the session cookie).</summary>
    public static bool HasBearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    /// <summary>The same policy for an API endpoint: authenticated by <see cref="ApiScheme"/>.</summary>
    public static string Api(string policy) => "api:" + policy;

    private static readonly (string Name, HostKind Host, string[] Roles)[] Definitions =
    [
        (Reader, HostKind.Tenant, [Roles.Admin, Roles.Board, Roles.Auditor, Roles.Integration]),
        (Person, HostKind.Tenant, [Roles.Admin, Roles.Board, Roles.Auditor, Roles.ParticipantStaff]),
        (Interventions, HostKind.Tenant, [Roles.Admin, Roles.Board, Roles.Auditor, Roles.ParticipantStaff, Roles.Integration]),
        (Admin, HostKind.Tenant, [Roles.Admin]),
        (MembersWriter, HostKind.Tenant, [Roles.Admin, Roles.IntegrationWriter]),
        (Finance, HostKind.Tenant, [Roles.Admin, Roles.Auditor, Roles.Integration]),
        (Operator, HostKind.Platform, [Roles.Operator]),
        (Network, HostKind.Platform, [Roles.Network]),
        (PlatformUser, HostKind.Platform, [Roles.Network, Roles.Operator]),
    ];

    public static void AddPlatformPolicies(this AuthorizationOptions options, string cookieScheme)
    {
        foreach (var (name, host, roles) in Definitions)
        {
            options.AddPolicy(name, p => p.AddAuthenticationSchemes(cookieScheme).AddRequirements(new HostAccessRequirement(host, roles)));
            options.AddPolicy(Api(name), p => p.AddAuthenticationSchemes(ApiScheme).AddRequirements(new HostAccessRequirement(host, roles)));
        }
    }
}
