namespace Platform.Features.Interventions.Model;

/// <summary>An intervention's money for one year, in whole kronor, as the national follow-up asks for it.</summary>
internal sealed class InterventionBudget
{
    public Guid InterventionId { get; init; }
    public int Year { get; init; }
    /// <summary>Insatskostnad: the association's cost, budget and outcome.</summary>
    public long CostBudget { get; set; }
    public long? CostOutcome { get; set; }
    /// <summary>ESF-insatskostnad: the ESF-financed part, budget and outcome.</summary>
    public long EsfCostBudget { get; set; }
    public long? EsfCostOutcome { get; set; }
    public int? PlannedParticipants { get; set; }
}
