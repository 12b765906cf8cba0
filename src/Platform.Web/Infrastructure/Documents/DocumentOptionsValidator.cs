using Microsoft.Extensions.Options;

namespace Platform.Infrastructure.Documents;

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
