extern alias AzureIdentity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace Platform.Infrastructure.Documents;

internal static class DocumentServiceCollectionExtensions
{
    public static IServiceCollection AddDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DocumentOptions>().BindConfiguration(DocumentOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DocumentOptions>, DocumentOptionsValidator>();
        var provider = configuration.GetSection(DocumentOptions.Section).GetValue<DocumentStorageKind?>(nameof(DocumentOptions.Provider)) ?? DocumentStorageKind.FileSystem;
        if (provider == DocumentStorageKind.AzureBlob)
        {
            services.AddSingleton(sp =>
            {
                var azure = sp.GetRequiredService<IOptions<DocumentOptions>>().Value.AzureBlob;
                return azure.ConnectionString is { Length: > 0 } connection
                    ? new BlobServiceClient(connection)
                    : new BlobServiceClient(azure.ServiceUri, new AzureIdentity::Azure.Identity.DefaultAzureCredential());
            });
            services.AddScoped<IDocumentStore, AzureBlobDocumentStore>();
        }
        else
        {
            services.AddScoped<IDocumentStore, FileSystemDocumentStore>();
        }
        services.AddScoped<DocumentUploads>();
        return services;
    }
}
