using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Platform.Infrastructure.Identity;

/// <summary>Sign-in and token settings (section <c>Access</c>).</summary>
internal sealed class AccessOptions
{
    public const string Section = "Access";

    /// <summary>
    /// Where OpenIddict's signing and encryption certificates are (<c>signing.pfx</c>, <c>encryption.pfx</c>).
    /// Default: <c>keys</c> under the data directory, where they are created on first start. In
    /// production, mount the certificates from Key Vault here.
    /// </summary>
    public string? CertificateDirectory { get; set; }

    /// <summary>The password of the two PFX files, if they have one.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>How long a web session lasts without activity.</summary>
    public int SessionHours { get; set; } = 8;

    /// <summary>How long an access token lasts.</summary>
    public int AccessTokenMinutes { get; set; } = 60;

    /// <summary>How long an invitation link is valid.</summary>
    public int InvitationDays { get; set; } = 7;
}

/// <summary>OpenIddict's certificates: loaded from the certificate directory, or created there once.</summary>
internal static class TokenCertificates
{
    private static readonly Lock CreateLock = new();

    public static X509Certificate2 LoadOrCreate(string directory, string name, X509KeyUsageFlags usage, string? password)
    {
        var path = Path.Combine(directory, name + ".pfx");
        lock (CreateLock)
        {
            if (!File.Exists(path))
            {
                Directory.CreateDirectory(directory);
                using var key = RSA.Create(2048);
                var request = new CertificateRequest($"CN=Samordningsplattformen {name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
                using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(5));
                var temporary = path + ".tmp";
                File.WriteAllBytes(temporary, certificate.Export(X509ContentType.Pfx, password));
                File.Move(temporary, path, overwrite: false);
            }
        }
        return X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
    }
}
