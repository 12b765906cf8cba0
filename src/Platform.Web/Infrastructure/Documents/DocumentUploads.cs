using Microsoft.Extensions.Options;

namespace Platform.Infrastructure.Documents;

/// <summary>
/// Takes a file from a person: checks its size and type by its bytes, then stores it in the
/// association's store. Features keep the returned key on their own record (a paper, the minutes).
/// </summary>
internal sealed class DocumentUploads(IDocumentStore store, IOptions<DocumentOptions> options)
{
    /// <summary>The stored document, or a Swedish reason beside the field <c>file</c> (nothing stored).</summary>
    public async Task<Outcome<StoredDocument>> StoreAsync(string fileName, Stream content, CancellationToken ct)
    {
        var max = options.Value.MaxBytes;
        Stream buffered = content;
        if (!content.CanSeek)
        {
            // Read at most one byte past the limit, so an oversized upload is refused without reading it all.
            var copy = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0 && copy.Length <= max) copy.Write(buffer, 0, read);
            copy.Position = 0;
            buffered = copy;
            if (copy.Length > max)
            {
                await copy.DisposeAsync();
                return Outcomes.Invalid("file", $"Filen är större än {DocumentTypes.Megabytes(max)}, som är den största tillåtna storleken.");
            }
        }
        try
        {
            var check = DocumentTypes.Check(fileName, buffered, max);
            if (!check.Accepted) return Outcomes.Invalid("file", check.Problem!);
            buffered.Position = 0;
            return Outcomes.Ok(await store.SaveAsync(buffered, check.ContentType!, ct));
        }
        finally
        {
            if (!ReferenceEquals(buffered, content)) await buffered.DisposeAsync();
        }
    }
}
