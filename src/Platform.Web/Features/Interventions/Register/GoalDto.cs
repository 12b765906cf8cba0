namespace Platform.Features.Interventions.Register;

/// <summary>A goal with its indicator, target, how it is measured, and its follow-ups (latest first).</summary>
internal sealed record GoalDto(Guid Id, int Order, string Text, string? Indicator, decimal? Target, string Measure, List<FollowUpDto> FollowUps);
