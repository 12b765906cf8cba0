using Microsoft.EntityFrameworkCore;
using Platform.Features.Interventions.Model;
using Platform.Persistence;

namespace Platform.Features.Interventions;

/// <summary>
/// Published for the grants: a granted application creates its intervention in the register (planned,
/// individual, with its goals and a budget per year from the grant), linked to the application and the
/// deciding paragraph. Added to the unit of work; the caller saves it with the decision.
/// </summary>
internal sealed class GrantedInterventions(TenantDb db, TimeProvider clock)
{
    public async Task<Guid> AddAsync(GrantedIntervention grant, CancellationToken ct)
    {
        var name = grant.Name.Trim();
        if (name.Length == 0 || name.Length > 150) name = $"Insats enligt ansökan {grant.ApplicationNumber}";
        // Names are unique in the register: a taken name gets the application's number.
        if (await db.Interventions.AnyAsync(i => i.Name == name, ct)) name = $"{name} (ansökan {grant.ApplicationNumber})";
        var now = clock.GetUtcNow();
        var intervention = new Intervention
        {
            Id = Guid.CreateVersion7(now),
            Name = name,
            Description = Clip(grant.Description, 4000),
            Kind = InterventionKind.Individual,
            LeadMemberId = grant.LeadMemberId,
            CooperatingMemberIds = [.. grant.CooperatingMemberIds.Where(m => m != grant.LeadMemberId).Distinct()],
            Start = grant.Start,
            End = grant.End,
            Status = InterventionStatus.Planned,
            DecisionParagraphId = grant.DecisionParagraphId,
            FundingApplicationId = grant.FundingApplicationId,
            CreatedAt = now.UtcDateTime,
        };
        db.Interventions.Add(intervention);
        var order = 0;
        foreach (var (text, indicator) in grant.Goals.Where(g => !string.IsNullOrWhiteSpace(g.Text)))
            db.Goals.Add(new Goal { Id = Guid.CreateVersion7(now), InterventionId = intervention.Id, Order = ++order, Text = Clip(text, 500)!, Indicator = Clip(indicator, 500), Measure = GoalMeasure.Entered });
        foreach (var (year, amount) in grant.CostBudget)
            db.InterventionBudgets.Add(new InterventionBudget { InterventionId = intervention.Id, Year = year, CostBudget = amount });
        return intervention.Id;
    }

    private static string? Clip(string? text, int max) => text is null || text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>The intervention's name, or null when it is not in the register.</summary>
    public Task<string?> NameAsync(Guid id, CancellationToken ct) => db.Interventions.Where(i => i.Id == id).Select(i => i.Name).FirstOrDefaultAsync(ct);
}
