using Microsoft.AspNetCore.Authorization;
using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Identity;

/// <summary>The principal belongs to this kind of host (and to this association) and holds one of the roles.</summary>
internal sealed record HostAccessRequirement(HostKind Host, IReadOnlyList<string> Roles) : IAuthorizationRequirement;
