namespace Platform.Features.Interventions.Participants;

/// <summary>A month's activity hours: the month as YYYY-MM (or any day of it, YYYY-MM-DD); hours 0 removes the month.</summary>
internal sealed record ActivityInput(string? Month, decimal? Hours);
