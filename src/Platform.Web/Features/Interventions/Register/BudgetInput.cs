namespace Platform.Features.Interventions.Register;

/// <summary>An intervention's budget and outcome for a year, in whole kronor.</summary>
internal sealed record BudgetInput(long? CostBudget, long? CostOutcome, long? EsfCostBudget, long? EsfCostOutcome, int? PlannedParticipants);
