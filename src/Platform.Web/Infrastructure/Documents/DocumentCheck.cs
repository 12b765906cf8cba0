namespace Platform.Infrastructure.Documents;

/// <summary>The outcome of checking an upload: the content type from the bytes, or a Swedish reason.</summary>
internal sealed record DocumentCheck(string? ContentType, string? Problem)
{
    public bool Accepted => Problem is null;
}
