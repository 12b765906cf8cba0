namespace Platform.Infrastructure.Email;

internal sealed record EmailLink(string Text, Uri Url);
