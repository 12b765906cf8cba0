namespace Platform.Features.Interventions.Participants;

/// <summary>A move to another member municipality: from <paramref name="On"/> (YYYY-MM-DD) the participant lives there.</summary>
internal sealed record MoveInput(string? On, Guid? MunicipalityId);
