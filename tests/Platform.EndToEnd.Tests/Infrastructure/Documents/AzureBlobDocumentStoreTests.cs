using Platform.EndToEnd.Tests.Support;
using Platform.Tests.Infrastructure.Documents;
using Platform.Tests.Support;

namespace Platform.EndToEnd.Tests.Infrastructure.Documents;

/// <summary>The document store's contract against Azure Blob Storage's emulator (Azurite).</summary>
public sealed class AzureBlobDocumentStoreTests(Azurite azurite) : DocumentStoreContract, IClassFixture<Azurite>
{
    protected override PlatformFactory CreatePlatform() =>
        new(null, ("Storage:Provider", "AzureBlob"), ("Storage:AzureBlob:ConnectionString", azurite.ConnectionString));
}
