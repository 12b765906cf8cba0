namespace Platform.Infrastructure.Documents;

/// <summary>
/// The files of one association (meeting papers, minutes). The store belongs to the scope's
/// association: keys are made by the store, never taken from a user, and another association's
/// key finds nothing because it looks in another folder or container.
/// </summary>
internal interface IDocumentStore
{
    /// <summary>Stores <paramref name="content"/> under a new key and returns it.</summary>
    Task<StoredDocument> SaveAsync(Stream content, string contentType, CancellationToken ct);

    /// <summary>The file, or null if this association has no file with that key.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken ct);

    /// <summary>Removes the file; false if there was none.</summary>
    Task<bool> DeleteAsync(string key, CancellationToken ct);

    /// <summary>Removes every file of the association (offboarding). Returns how many there were.</summary>
    Task<int> DeleteAllAsync(CancellationToken ct);
}
