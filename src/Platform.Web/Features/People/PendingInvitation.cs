namespace Platform.Features.People;

internal sealed record PendingInvitation(Guid Id, string Email, string Role, DateTime ExpiresAt, string? InvitedBy);
