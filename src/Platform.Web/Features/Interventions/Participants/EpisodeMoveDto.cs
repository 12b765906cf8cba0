namespace Platform.Features.Interventions.Participants;

internal sealed record EpisodeMoveDto(Guid Id, DateOnly On, Guid MunicipalityId, string Municipality);
