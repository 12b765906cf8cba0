using Microsoft.Extensions.Options;
using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Documents;

/// <summary>
/// The embedded default: one folder per association under <c>{DataDirectory}/documents</c>. A file
/// is written to a temporary name and renamed, so a reader never sees half a file.
/// </summary>
internal sealed class FileSystemDocumentStore(TenantContext tenant, IOptions<PlatformOptions> platform, IOptions<DocumentOptions> options, TimeProvider clock)
    : IDocumentStore
{
    private string Folder => Path.Combine(Path.GetFullPath(platform.Value.DataDirectory), options.Value.FileSystemDirectory, DocumentKeys.ContainerOf(tenant.Current.Id));

    private string? PathOf(string key) =>
        DocumentKeys.IsValid(key) ? Path.Combine(Folder, key.Replace('/', Path.DirectorySeparatorChar)) : null;

    public async Task<StoredDocument> SaveAsync(Stream content, string contentType, CancellationToken ct)
    {
        var key = DocumentKeys.New(clock);
        var path = PathOf(key)!;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".uppladdning";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, ct);
            }
            File.Move(temporary, path);
        }
        finally
        {
            File.Delete(temporary); // nothing if the move happened
        }
        return new StoredDocument(key, contentType, new FileInfo(path).Length);
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken ct)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(path is not null && File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true)
            : null);
    }

    public Task<bool> DeleteAsync(string key, CancellationToken ct)
    {
        var path = PathOf(key);
        if (path is null || !File.Exists(path)) return Task.FromResult(false);
        File.Delete(path);
        return Task.FromResult(true);
    }

    public Task<int> DeleteAllAsync(CancellationToken ct)
    {
        if (!Directory.Exists(Folder)) return Task.FromResult(0);
        var count = Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories).Count();
        Directory.Delete(Folder, recursive: true);
        return Task.FromResult(count);
    }
}
