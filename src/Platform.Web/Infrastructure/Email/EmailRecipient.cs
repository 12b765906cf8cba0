namespace Platform.Infrastructure.Email;

internal sealed record EmailRecipient(string Address, string? Name = null);
