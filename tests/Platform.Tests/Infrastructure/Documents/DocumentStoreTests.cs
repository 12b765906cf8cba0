using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Platform.Infrastructure.Documents;
using Platform.Infrastructure.Tenancy;
using Platform.Tests.Support;

namespace Platform.Tests.Infrastructure.Documents;

/// <summary>
/// The contract of <see cref="IDocumentStore"/>, run against both stores: the file system (the
/// default) and Azure Blob Storage (Azurite). Each association has its own store; another
/// association's key finds nothing; a disguised program is refused before anything is stored.
/// </summary>
public abstract class DocumentStoreContract : IAsyncLifetime, IDisposable
{
    private PlatformFactory _platform = null!;
    private TenantInfo _a = null!;
    private TenantInfo _b = null!;

    protected abstract PlatformFactory CreatePlatform();

    public async Task InitializeAsync()
    {
        _platform = CreatePlatform();
        _a = await _platform.ProvisionAsync("alfa");
        _b = await _platform.ProvisionAsync("beta");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _platform.Dispose();
        GC.SuppressFinalize(this);
    }

    private Task<T> InAsync<T>(TenantInfo tenant, Func<IDocumentStore, DocumentUploads, Task<T>> work) =>
        _platform.InTenantAsync(tenant, s => work(s.GetRequiredService<IDocumentStore>(), s.GetRequiredService<DocumentUploads>()));

    private static MemoryStream Bytes(string text) => new(Encoding.UTF8.GetBytes(text));

    private static async Task<string?> ReadAsync(IDocumentStore store, string key)
    {
        await using var stream = await store.OpenReadAsync(key, CancellationToken.None);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    [Fact]
    public async Task A_stored_file_reads_back_in_its_association_and_nowhere_else()
    {
        var stored = await InAsync(_a, (store, _) => store.SaveAsync(Bytes("%PDF-1.7 CANARY-A"), "application/pdf", CancellationToken.None));

        Assert.Matches("^[0-9]{4}/[0-9a-f]{32}$", stored.Key);
        Assert.Equal(17, stored.Length);
        Assert.Equal("%PDF-1.7 CANARY-A", await InAsync(_a, (store, _) => ReadAsync(store, stored.Key)));
        Assert.Null(await InAsync(_b, (store, _) => ReadAsync(store, stored.Key))); // B's store, A's key: nothing
        Assert.False(await InAsync(_b, (store, _) => store.DeleteAsync(stored.Key, CancellationToken.None)));
        Assert.NotNull(await InAsync(_a, (store, _) => ReadAsync(store, stored.Key)));
    }

    [Theory]
    [InlineData("../beta/2026/0123456789abcdef0123456789abcdef")]
    [InlineData("/etc/passwd")]
    [InlineData("2026/../../x")]
    [InlineData("")]
    public async Task A_key_the_platform_did_not_make_finds_nothing(string key)
    {
        await InAsync(_a, (store, _) => store.SaveAsync(Bytes("text"), "text/plain", CancellationToken.None));
        Assert.Null(await InAsync(_a, (store, _) => store.OpenReadAsync(key, CancellationToken.None)));
        Assert.False(await InAsync(_a, (store, _) => store.DeleteAsync(key, CancellationToken.None)));
    }

    [Fact]
    public async Task Deleting_all_of_one_association_leaves_the_other_intact()
    {
        await InAsync(_a, (store, _) => store.SaveAsync(Bytes("a1"), "text/plain", CancellationToken.None));
        await InAsync(_a, (store, _) => store.SaveAsync(Bytes("a2"), "text/plain", CancellationToken.None));
        var b = await InAsync(_b, (store, _) => store.SaveAsync(Bytes("b1"), "text/plain", CancellationToken.None));

        Assert.Equal(2, await InAsync(_a, (store, _) => store.DeleteAllAsync(CancellationToken.None)));
        Assert.Equal(0, await InAsync(_a, (store, _) => store.DeleteAllAsync(CancellationToken.None)));
        Assert.Equal("b1", await InAsync(_b, (store, _) => ReadAsync(store, b.Key)));
    }

    [Fact]
    public async Task Uploads_are_typed_by_their_bytes_and_a_disguised_program_is_refused()
    {
        var pdf = await InAsync(_a, (_, uploads) => uploads.StoreAsync("Protokoll 2024-05-07.pdf", Bytes("%PDF-1.7\n..."), CancellationToken.None));
        Assert.Equal("application/pdf", pdf.Value!.ContentType);

        var program = await InAsync(_a, (_, uploads) => uploads.StoreAsync("kallelse.pdf", new MemoryStream([0x4D, 0x5A, 0x90, 0x00, 0x03]), CancellationToken.None));
        Assert.Equal("Filen ser ut att vara ett program och tas inte emot.", program.Problem);
        var renamedZip = await InAsync(_a, (_, uploads) => uploads.StoreAsync("budget.docx", Zip("readme.txt"), CancellationToken.None));
        Assert.Equal("Filen heter .docx men innehållet är inte ett Word-dokument.", renamedZip.Problem);
        var word = await InAsync(_a, (_, uploads) => uploads.StoreAsync("Handling 3.docx", Zip("[Content_Types].xml", "word/document.xml"), CancellationToken.None));
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", word.Value!.ContentType);
        var script = await InAsync(_a, (_, uploads) => uploads.StoreAsync("lista.txt", Bytes("#!/bin/sh\nrm -rf /"), CancellationToken.None));
        Assert.NotNull(script.Problem);
        var exe = await InAsync(_a, (_, uploads) => uploads.StoreAsync("setup.exe", Bytes("hej"), CancellationToken.None));
        Assert.StartsWith("Filtypen .exe tas inte emot.", exe.Problem, StringComparison.Ordinal);
        var binaryText = await InAsync(_a, (_, uploads) => uploads.StoreAsync("data.csv", new MemoryStream([0x61, 0x00, 0x62]), CancellationToken.None));
        Assert.Equal("Filen heter .csv men innehållet är inte en CSV-fil.", binaryText.Problem);

        // Only the PDF and the Word document were stored.
        Assert.Equal(2, await InAsync(_a, (store, _) => store.DeleteAllAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_its_size_without_reading_it_all()
    {
        var big = new NonSeekable(new MemoryStream(new byte[26 * 1024 * 1024]));
        var result = await InAsync(_a, (_, uploads) => uploads.StoreAsync("stor.pdf", big, CancellationToken.None));

        Assert.Null(result.Value);
        Assert.Equal("Filen är större än 25 MB, som är den största tillåtna storleken.", result.Problem);
        Assert.True(big.BytesRead < 26 * 1024 * 1024);
        Assert.Equal("Filen är tom.", (await InAsync(_a, (_, uploads) => uploads.StoreAsync("tom.pdf", new MemoryStream(), CancellationToken.None))).Problem);
        var seekable = await InAsync(_a, (_, uploads) => uploads.StoreAsync("stor.pdf", new MemoryStream(new byte[(int)(31.2 * 1024 * 1024)]), CancellationToken.None));
        Assert.Equal("Filen är 31,2 MB; största tillåtna storlek är 25 MB.", seekable.Problem);
        Assert.Equal(0, await InAsync(_a, (store, _) => store.DeleteAllAsync(CancellationToken.None))); // nothing was stored
    }

    private static MemoryStream Zip(params string[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("<x/>");
            }
        stream.Position = 0;
        return stream;
    }

    /// <summary>A request body as it arrives: read once, forwards only, counting what was read.</summary>
    private sealed class NonSeekable(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            BytesRead += n;
            return n;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

public sealed class FileSystemDocumentStoreTests : DocumentStoreContract
{
    protected override PlatformFactory CreatePlatform() => new();
}
