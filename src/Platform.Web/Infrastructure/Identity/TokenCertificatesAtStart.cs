namespace Platform.Infrastructure.Identity;

/// <summary>Loads (or makes) the certificates when the host starts, so that a directory that cannot be read stops the start.</summary>
internal sealed class TokenCertificatesAtStart(TokenCertificates certificates) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => certificates.Signing.Count > 0
        ? Task.CompletedTask
        : throw new InvalidOperationException("No token signing certificate is valid.");

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
