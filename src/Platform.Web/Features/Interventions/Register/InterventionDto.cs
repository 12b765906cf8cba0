using Platform.Features.Board;

namespace Platform.Features.Interventions.Register;

/// <summary>An intervention with its parties, staffing, goals (with their follow-ups) and budgets.</summary>
internal sealed record InterventionDto(
    Guid Id, string Name, string? Description, string Kind, string Status, bool EsfCoFinanced,
    string? TargetGroup, int? AgeFrom, int? AgeTo,
    PartyDto Lead, List<PartyDto> CooperatingParties, List<PartyDto> Municipalities, List<string> Methods,
    DateOnly Start, DateOnly? End, PartyDto? ImplementedBy, DateOnly? ImplementedOn, BoardDecision? Decision,
    List<StaffingDto> Staffing, List<GoalDto> Goals, List<BudgetDto> Budgets);
