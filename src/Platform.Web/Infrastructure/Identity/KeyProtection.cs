extern alias AzureIdentity;
using System.Security.Cryptography.X509Certificates;
using Azure.Security.KeyVault.Secrets;
using Microsoft.AspNetCore.DataProtection;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// Encrypts the data-protection keys (cookies, antiforgery, reset and invitation links) before they
/// are stored in the catalog, with a certificate from a file or from Key Vault: whoever reads the
/// catalog (a backup, a copy of the database) does not get the keys with it.
/// </summary>
/// <remarks>
/// Production refuses to start without one. Development and the tests keep their keys unencrypted
/// unless a certificate is configured: a certificate made on the spot would have to be kept beside
/// the keys it protects (the data directory), which protects nothing, and losing it would lose the keys.
/// </remarks>
internal static class KeyProtection
{
    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(this IDataProtectionBuilder builder, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(KeyProtectionOptions.Section).Get<KeyProtectionOptions>() ?? new KeyProtectionOptions();
        var certificates = Load(options, configuration["KeyVault:Uri"]);
        if (certificates.Count == 0)
        {
            if (environment.IsProduction())
                throw new InvalidOperationException(
                    "The data-protection keys would be stored unencrypted. In Production set DataProtection:CertificatePath (a PFX file, " +
                    "with DataProtection:CertificatePassword) or DataProtection:KeyVaultCertificateName (a certificate in the vault of KeyVault:Uri).");
            return builder;
        }
        foreach (var certificate in certificates)
        {
            if (!certificate.HasPrivateKey)
                throw new InvalidOperationException($"The data-protection certificate {certificate.Thumbprint} has no private key: the keys it encrypts could not be read back.");
        }
        // The newest encrypts new keys; every one loaded decrypts the keys it encrypted.
        return builder.ProtectKeysWithCertificate(certificates[0]).UnprotectKeysWithAnyCertificate([.. certificates]);
    }

    /// <summary>The certificates, the one that encrypts new keys first.</summary>
    private static List<X509Certificate2> Load(KeyProtectionOptions options, string? vaultUri)
    {
        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            if (!File.Exists(options.CertificatePath))
                throw new InvalidOperationException($"DataProtection:CertificatePath: there is no file {options.CertificatePath}.");
            return [X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet)];
        }
        if (string.IsNullOrWhiteSpace(options.KeyVaultCertificateName)) return [];
        if (!Uri.TryCreate(vaultUri, UriKind.Absolute, out var vault))
            throw new InvalidOperationException("DataProtection:KeyVaultCertificateName needs KeyVault:Uri, the address of the vault.");
        return FromKeyVault(new SecretClient(vault, new AzureIdentity::Azure.Identity.DefaultAzureCredential()), options.KeyVaultCertificateName);
    }

    /// <summary>A Key Vault certificate's secret holds its private key (PKCS#12 or PEM); every enabled version is read, newest first.</summary>
    private static List<X509Certificate2> FromKeyVault(SecretClient secrets, string name)
    {
        var versions = secrets.GetPropertiesOfSecretVersions(name)
            .Where(p => p.Enabled == true)
            .OrderByDescending(p => p.CreatedOn)
            .ToList();
        if (versions.Count == 0)
            throw new InvalidOperationException($"DataProtection:KeyVaultCertificateName: the vault has no enabled certificate {name}.");
        return [.. versions.Select(v => Read(secrets.GetSecret(name, v.Version).Value))];
    }

    private static X509Certificate2 Read(KeyVaultSecret secret) => secret.Properties.ContentType switch
    {
        "application/x-pem-file" => X509Certificate2.CreateFromPem(secret.Value),
        _ => X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(secret.Value), null, X509KeyStorageFlags.EphemeralKeySet),
    };
}
