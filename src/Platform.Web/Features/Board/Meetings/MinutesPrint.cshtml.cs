using Microsoft.AspNetCore.Authorization;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Board.Meetings;

/// <summary>The minutes for paper, with the anslag block: /moten/{id}/protokoll.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Person)]
internal sealed class MinutesPrintModel(MeetingPlanner meetings, TenantContext tenant) : MeetingPrintModel(meetings, tenant);
