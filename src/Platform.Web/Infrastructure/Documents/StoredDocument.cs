namespace Platform.Infrastructure.Documents;

/// <summary>A stored file: its key in the association's store, its checked content type and its size.</summary>
internal sealed record StoredDocument(string Key, string ContentType, long Length);
