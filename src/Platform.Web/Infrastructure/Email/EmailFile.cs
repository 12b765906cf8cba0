namespace Platform.Infrastructure.Email;

internal sealed record EmailFile(string FileName, string ContentType, byte[] Content);
