namespace Platform.Features.Interventions.Finsam;

/// <summary>
/// One intervention's figures for a year as Uppföljning Finsam asks for them: kind, ESF, money
/// (budget and outcome, in whole kronor), planned participants, and participants women and men
/// (people active at some time during the year, records and counts wholly inside the year).
/// </summary>
internal sealed record FinsamRow(
    Guid InterventionId, string Name, string Kind, string KindLabel, bool EsfCoFinanced,
    long? CostBudget, long? CostOutcome, long? EsfCostBudget, long? EsfCostOutcome, int? PlannedParticipants,
    int Women, int Men)
{
    public int Participants => Women + Men;
}
