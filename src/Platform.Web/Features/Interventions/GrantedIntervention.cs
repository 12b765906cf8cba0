namespace Platform.Features.Interventions;

/// <summary>
/// What a granted funding application says about the intervention it finances: name and description,
/// the lead member party and the cooperating ones, the period, the deciding paragraph, the application,
/// its goals (text, indicator) and the granted amount per year.
/// </summary>
internal sealed record GrantedIntervention(
    string Name, string? Description, Guid LeadMemberId, IReadOnlyList<Guid> CooperatingMemberIds, DateOnly Start, DateOnly? End,
    Guid? DecisionParagraphId, Guid FundingApplicationId, int ApplicationNumber,
    IReadOnlyList<(string Text, string? Indicator)> Goals, IReadOnlyDictionary<int, long> CostBudget);
