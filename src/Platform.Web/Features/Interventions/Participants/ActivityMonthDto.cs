namespace Platform.Features.Interventions.Participants;

/// <summary>The month as YYYY-MM.</summary>
internal sealed record ActivityMonthDto(string Month, decimal Hours);
