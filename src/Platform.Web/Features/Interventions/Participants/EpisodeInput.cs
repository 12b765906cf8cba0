namespace Platform.Features.Interventions.Participants;

/// <summary>
/// A participant record to create or change. Every value is a string or nullable, so that a wrong
/// one gets a Swedish field error rather than a parse failure. Gender: Woman or Man; support: a
/// <c>SupportSource</c> name; dates YYYY-MM-DD; the end reason by id or by code.
/// </summary>
internal sealed record EpisodeInput(
    string? Code, string? Gender, int? BirthYear, Guid? MunicipalityId, Guid? ReferringMemberId,
    string? Start, string? End, string? EndReason, string? SupportAtStart, string? SupportAtEnd, bool? Consent);
