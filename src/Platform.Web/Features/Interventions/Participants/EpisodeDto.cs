namespace Platform.Features.Interventions.Participants;

/// <summary>A participant record as the pages and the API show it, with the day it will be deleted (null while it has no end).</summary>
internal sealed record EpisodeDto(
    Guid Id, Guid InterventionId, string Code, string Gender, int BirthYear, Guid MunicipalityId, string Municipality,
    Guid ReferringMemberId, string ReferringMember, DateOnly Start, DateOnly? End, Guid? EndReasonId, string? EndReasonCode, string? EndReason,
    string SupportAtStart, string? SupportAtEnd, bool Consent, DateOnly? DeletedAfter,
    IReadOnlyList<EpisodeMoveDto> Moves, IReadOnlyList<ActivityMonthDto> Months);
