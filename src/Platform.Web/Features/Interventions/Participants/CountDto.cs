namespace Platform.Features.Interventions.Participants;

internal sealed record CountDto(
    Guid Id, DateOnly From, DateOnly To, int WomenStarted, int MenStarted, int WomenActive, int MenActive,
    IReadOnlyList<CountEndedDto> Ended, DateTime RecordedAt, string RecordedBy);
