namespace Platform.Features.Interventions.Register;

/// <summary>
/// One intervention in the list. <c>kind</c> is exactly "individual" or "structural" (a stable
/// contract with integrations); status is planned, ongoing, ended or implemented.
/// </summary>
internal sealed record InterventionSummary(Guid Id, string Name, string Kind, string Status, DateOnly Start, DateOnly? End, PartyDto Lead, bool EsfCoFinanced);
