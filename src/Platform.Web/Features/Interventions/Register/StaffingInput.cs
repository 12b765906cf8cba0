namespace Platform.Features.Interventions.Register;

/// <summary>A staffing line to add or change; no <c>partyId</c> means the association itself (kansliet).</summary>
internal sealed record StaffingInput(string? Role, string? PartyId, int? Percent, string? From, string? To);
