namespace Platform.Features.Interventions.Participants;

/// <summary>How many ended for one reason (its id or code), by gender.</summary>
internal sealed record CountEndedInput(string? Reason, int? Women, int? Men);
