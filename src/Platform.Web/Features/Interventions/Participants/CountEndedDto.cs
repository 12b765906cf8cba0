namespace Platform.Features.Interventions.Participants;

internal sealed record CountEndedDto(Guid ReasonId, string ReasonCode, string Reason, int Women, int Men);
