using Microsoft.AspNetCore.Authorization;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Interventions.Results;

/// <summary>The results as a plain page for printing: the half-year and annual report to the board and the parties.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Interventions)]
internal sealed class ReportModel(InterventionResults results, TimeProvider clock) : ResultsPageModel(results, clock);
