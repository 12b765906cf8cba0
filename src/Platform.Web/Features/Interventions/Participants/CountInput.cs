namespace Platform.Features.Interventions.Participants;

/// <summary>Counts for one period (YYYY-MM-DD): started and active by gender, and ended by reason (id or code) and gender.</summary>
internal sealed record CountInput(
    string? From, string? To, int? WomenStarted, int? MenStarted, int? WomenActive, int? MenActive, IReadOnlyList<CountEndedInput>? Ended);
