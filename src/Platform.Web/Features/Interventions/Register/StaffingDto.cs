namespace Platform.Features.Interventions.Register;

/// <summary>A staffing line; <c>party</c> is null for the association itself (kansliet).</summary>
internal sealed record StaffingDto(Guid Id, string Role, PartyDto? Party, int Percent, DateOnly From, DateOnly? To);
