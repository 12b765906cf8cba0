namespace Platform.Infrastructure.Identity;

/// <summary>
/// Loads (or, outside Production, makes) the certificates when the host starts, so that a directory
/// that cannot be read, or a Production without certificates, stops the start.
/// </summary>
internal sealed class TokenCertificatesAtStart(TokenCertificates certificates) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => certificates.Signing.Count > 0 && certificates.Encryption.Count > 0
        ? Task.CompletedTask
        : throw new InvalidOperationException(
            $"No valid token signing and encryption certificates in {certificates.Location}. Put signing-*.pfx and encryption-*.pfx there " +
            "(Access:CertificateDirectory, with Access:CertificatePassword); the platform makes them itself everywhere but in Production.");

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
