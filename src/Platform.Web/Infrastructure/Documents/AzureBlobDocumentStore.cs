using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Documents;

/// <summary>
/// Production: Azure Blob Storage, one private container per association (named by its id). The
/// service client is shared (a singleton, thread-safe); the container is the scope's association's.
/// </summary>
internal sealed class AzureBlobDocumentStore(TenantContext tenant, BlobServiceClient service, TimeProvider clock) : IDocumentStore
{
    private BlobContainerClient Container => service.GetBlobContainerClient(DocumentKeys.ContainerOf(tenant.Current.Id));

    public async Task<StoredDocument> SaveAsync(Stream content, string contentType, CancellationToken ct)
    {
        var container = Container;
        await container.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: ct);
        var key = DocumentKeys.New(clock);
        var blob = container.GetBlobClient(key);
        await blob.UploadAsync(content, new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All }, // never overwrite
        }, ct);
        var properties = await blob.GetPropertiesAsync(cancellationToken: ct);
        return new StoredDocument(key, contentType, properties.Value.ContentLength);
    }

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken ct)
    {
        if (!DocumentKeys.IsValid(key)) return null;
        try
        {
            return await Container.GetBlobClient(key).OpenReadAsync(cancellationToken: ct);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null; // no such blob, or no container yet
        }
    }

    public async Task<bool> DeleteAsync(string key, CancellationToken ct)
    {
        if (!DocumentKeys.IsValid(key)) return false;
        try
        {
            return (await Container.GetBlobClient(key).DeleteIfExistsAsync(cancellationToken: ct)).Value;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }

    public async Task<int> DeleteAllAsync(CancellationToken ct)
    {
        var container = Container;
        if (!(await container.ExistsAsync(ct)).Value) return 0;
        var count = 0;
        await foreach (var _ in container.GetBlobsAsync(cancellationToken: ct)) count++;
        await container.DeleteAsync(cancellationToken: ct);
        return count;
    }
}
