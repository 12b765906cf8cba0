using Microsoft.AspNetCore.Authorization;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Interventions.Register;

/// <summary>The intervention register: every intervention (a participant-staff person: those they are given), and for admins a link to add one.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Interventions)]
internal sealed class IndexModel(InterventionRegister register) : InterventionsPageModel
{
    public List<InterventionSummary> Interventions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Interventions = await register.ListAsync(User, ct);
}
