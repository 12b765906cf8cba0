using Microsoft.AspNetCore.Authorization;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Board.Meetings;

/// <summary>The notice (kallelse) for paper: /moten/{id}/kallelse.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Person)]
internal sealed class NoticePrintModel(MeetingPlanner meetings, TenantContext tenant) : MeetingPrintModel(meetings, tenant);
