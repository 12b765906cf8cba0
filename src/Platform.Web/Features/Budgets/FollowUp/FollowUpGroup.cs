namespace Platform.Features.Budgets.FollowUp;

/// <summary>A group's sums (group is the API's stable code, name the Swedish heading).</summary>
internal sealed record FollowUpGroup(string Group, string Name, bool Income, FollowUpFigures Figures);
