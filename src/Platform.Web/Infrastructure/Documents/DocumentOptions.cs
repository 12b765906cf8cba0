using Microsoft.Extensions.Options;

namespace Platform.Infrastructure.Documents;

internal enum DocumentStorageKind
{
    /// <summary>A folder per association under the data directory (the embedded default).</summary>
    FileSystem,
    /// <summary>Azure Blob Storage, a container per association.</summary>
    AzureBlob,
}

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

internal sealed class DocumentOptionsValidator : IValidateOptions<DocumentOptions>
{
    public ValidateOptionsResult Validate(string? name, DocumentOptions options)
    {
        if (options.MaxBytes <= 0) return ValidateOptionsResult.Fail("Storage:MaxBytes must be positive.");
        if (options.Provider == DocumentStorageKind.AzureBlob
            && string.IsNullOrWhiteSpace(options.AzureBlob.ConnectionString) && options.AzureBlob.ServiceUri is null)
            return ValidateOptionsResult.Fail("Storage:Provider is AzureBlob: set Storage:AzureBlob:ConnectionString or Storage:AzureBlob:ServiceUri (managed identity).");
        return ValidateOptionsResult.Success;
    }
}
