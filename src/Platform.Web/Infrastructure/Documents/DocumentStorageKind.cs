namespace Platform.Infrastructure.Documents;

internal enum DocumentStorageKind
{
    /// <summary>A folder per association under the data directory (the embedded default).</summary>
    FileSystem,
    /// <summary>Azure Blob Storage, a container per association.</summary>
    AzureBlob,
}
