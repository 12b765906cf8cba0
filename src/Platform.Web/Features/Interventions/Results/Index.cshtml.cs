using Microsoft.AspNetCore.Authorization;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Interventions.Results;

/// <summary>An intervention's results for a chosen period: figures only, for everyone who may see the interventions' figures.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Interventions)]
internal sealed class IndexModel(InterventionResults results, TimeProvider clock) : ResultsPageModel(results, clock);
