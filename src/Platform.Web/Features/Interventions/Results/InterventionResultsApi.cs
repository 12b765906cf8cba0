using Platform.Features.Interventions.Finsam;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Interventions.Results;

/// <summary>The results of an intervention and Uppföljning Finsam as JSON: figures only, for the association's people with access to figures and its integration clients.</summary>
internal static class InterventionResultsApi
{
    public static IEndpointRouteBuilder MapInterventionResultsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/interventions").TenantEndpoint().WithTags("Interventions");
        api.MapGet("{id:guid}/results", async (Guid id, string? from, string? to, InterventionResults results, CancellationToken ct) =>
                (await results.ForAsync(id, from, to, ct)).Answer(Or.Invalid, Or.NotFound))
            .Reads("An intervention's results for [from, to] (YYYY-MM-DD, both required, from <= to): started, active and ended by gender and age band; " +
                "ended and endedByReason (reason code → endings); activeByMunicipality (municipality name → people active on `to`) beside the population shares; " +
                "per referring party; support at start and end; goals; budget, outcome and cost per participant per year. Figures only, never a record.",
                AccessPolicies.Interventions);
        api.MapGet("finsam", async (string? year, FinsamReport finsam, CancellationToken ct) => (await finsam.YearAsync(year, ct)).Answer(Or.Invalid))
            .Reads("Uppföljning Finsam for a year (?year=YYYY): per intervention its kind, ESF, budget and outcome, planned participants, and participants women and men.",
                AccessPolicies.Interventions);
        return app;
    }
}
