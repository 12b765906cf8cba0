using System.Text.RegularExpressions;
using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Documents;

/// <summary>A stored file: its key in the association's store, its checked content type and its size.</summary>
internal sealed record StoredDocument(string Key, string ContentType, long Length);

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

/// <summary>Keys look like <c>2026/0196c2f0a1b27c3e9d4f5a6b7c8d9e0f</c>: a year folder and a random id.</summary>
internal static partial class DocumentKeys
{
    [GeneratedRegex("^[0-9]{4}/[0-9a-f]{32}$")]
    private static partial Regex Pattern();

    public static string New(TimeProvider clock) => $"{clock.GetUtcNow().Year:0000}/{Guid.NewGuid():N}";

    /// <summary>A key this platform could have made; anything else (a path, "..", another shape) finds nothing.</summary>
    public static bool IsValid(string? key) => key is not null && Pattern().IsMatch(key);

    /// <summary>The association's folder or container name: its id, so a reused slug never sees old files.</summary>
    public static string ContainerOf(TenantId tenant) => $"t-{tenant.Value:N}";
}
