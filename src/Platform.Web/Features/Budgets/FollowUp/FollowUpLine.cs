namespace Platform.Features.Budgets.FollowUp;

/// <summary>A budget line followed up; group is the API's stable code. ByHand: a month of its outcome is entered by hand.</summary>
internal sealed record FollowUpLine(Guid ItemId, string Group, string? Heading, string Name, FollowUpFigures Figures, bool ByHand);
