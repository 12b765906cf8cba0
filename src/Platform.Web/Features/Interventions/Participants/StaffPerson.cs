namespace Platform.Features.Interventions.Participants;

/// <summary>A person of the association with the role deltagaransvarig, and whether they keep this intervention's records.</summary>
internal sealed record StaffPerson(Guid UserId, string Name, string Email, bool Assigned);
