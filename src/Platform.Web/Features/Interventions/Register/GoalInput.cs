namespace Platform.Features.Interventions.Register;

/// <summary>A goal to add or change; measure is entered, shareEndedToWorkOrStudies, shareEndedToMemberMeasure or participantsStarted.</summary>
internal sealed record GoalInput(string? Text, string? Indicator, decimal? Target, string? Measure);
