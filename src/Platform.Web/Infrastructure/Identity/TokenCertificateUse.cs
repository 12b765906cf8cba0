namespace Platform.Infrastructure.Identity;

internal enum TokenCertificateUse
{
    Signing,
    Encryption,
}
