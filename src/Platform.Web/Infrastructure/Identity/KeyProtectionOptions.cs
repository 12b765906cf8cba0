namespace Platform.Infrastructure.Identity;

/// <summary>
/// The certificate that encrypts the data-protection keys in the catalog (section <c>DataProtection</c>),
/// from a PFX file or from Key Vault (<c>KeyVault:Uri</c>). Required in Production.
/// </summary>
internal sealed class KeyProtectionOptions
{
    public const string Section = "DataProtection";

    /// <summary>A PFX file with the certificate and its private key.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of <see cref="CertificatePath"/>, if it has one.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>
    /// The name of a Key Vault certificate (read as its secret, which holds the private key) in the
    /// vault of <c>KeyVault:Uri</c>. Its enabled older versions still decrypt the keys they encrypted.
    /// </summary>
    public string? KeyVaultCertificateName { get; set; }
}
