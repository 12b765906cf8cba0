namespace Platform.Features.People;

internal sealed record Person(Guid MembershipId, Guid UserId, string Name, string Email, string Role, DateTime? LastSignInAt);
