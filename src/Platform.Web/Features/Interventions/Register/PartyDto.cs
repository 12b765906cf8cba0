namespace Platform.Features.Interventions.Register;

/// <summary>A member party as an intervention names it.</summary>
internal sealed record PartyDto(Guid Id, string Name);
