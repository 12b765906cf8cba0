namespace Platform.Infrastructure.Documents;

/// <summary>Where documents are kept (section <c>Storage</c>).</summary>
internal sealed class DocumentOptions
{
    public const string Section = "Storage";

    public DocumentStorageKind Provider { get; set; } = DocumentStorageKind.FileSystem;

    /// <summary>FileSystem: the folder under <c>Platform:DataDirectory</c>.</summary>
    public string FileSystemDirectory { get; set; } = "documents";

    public AzureBlobSettings AzureBlob { get; set; } = new();

    /// <summary>The largest file accepted, in bytes (default 25 MB).</summary>
    public long MaxBytes { get; set; } = 25L * 1024 * 1024;

    internal sealed class AzureBlobSettings
    {
        /// <summary>A connection string (also Azurite's), or null to use <see cref="ServiceUri"/> with a managed identity.</summary>
        public string? ConnectionString { get; set; }

        /// <summary>The account's blob endpoint, e.g. <c>https://sfdocs.blob.core.windows.net</c>, reached with the app's managed identity.</summary>
        public Uri? ServiceUri { get; set; }
    }
}
