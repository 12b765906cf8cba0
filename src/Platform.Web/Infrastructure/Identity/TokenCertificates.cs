using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using OpenIddict.Validation;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// OpenIddict's signing and encryption certificates: every PFX file of the certificate directory
/// that has not expired, renewed before the newest one expires.
/// </summary>
/// <remarks>
/// <para>
/// The first certificate of a directory is valid from <see cref="FirstValidFrom"/>, a fixed point in
/// the past, so that it works whatever the clock says (a test's fake clock included). Its successor
/// is made <see cref="AccessOptions.CertificateRenewalDays"/> before the newest certificate expires
/// and becomes valid a day later: for that day every instance already accepts tokens signed with it,
/// but none signs with it yet. OpenIddict signs with the valid certificate that expires last, and
/// validates with all of them, so the previous certificate keeps validating the tokens it signed
/// until it expires itself (long after the last of them has).
/// </para>
/// <para>
/// Every instance looks at the directory at start and then every hour, on the platform's clock; when
/// what it finds changes (a new file, a certificate that became valid or expired), OpenIddict's
/// options are built again from it.
/// </para>
/// </remarks>
internal sealed class TokenCertificates : IDisposable
{
    /// <summary>Where the validity of the first certificate of a directory starts.</summary>
    public static readonly DateTimeOffset FirstValidFrom = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>How long a successor waits before it signs: the time other instances have to find it.</summary>
    public static readonly TimeSpan PublishAhead = TimeSpan.FromDays(1);

    /// <summary>How often the directory is looked at.</summary>
    public static readonly TimeSpan CheckEvery = TimeSpan.FromHours(1);

    private readonly string _directory;
    private readonly AccessOptions _access;
    private readonly TimeProvider _clock;
    private readonly ILogger<TokenCertificates> _logger;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, X509Certificate2> _loaded = new(StringComparer.Ordinal);
    private readonly ITimer _timer;
    private CancellationTokenSource _changed = new();
    private string _state = "";

    public TokenCertificates(IOptions<AccessOptions> access, IOptions<PlatformOptions> platform, TimeProvider clock, ILogger<TokenCertificates> logger)
    {
        _access = access.Value;
        _directory = Path.GetFullPath(_access.CertificateDirectory ?? Path.Combine(platform.Value.DataDirectory, "keys"));
        _clock = clock;
        _logger = logger;
        Refresh();
        _timer = clock.CreateTimer(_ => Refresh(), null, CheckEvery, CheckEvery);
    }

    /// <summary>The certificates that sign tokens (and validate them), none of them expired.</summary>
    public IReadOnlyList<X509Certificate2> Signing => InForce(TokenCertificateUse.Signing);

    /// <summary>The certificates that encrypt tokens (and decrypt them), none of them expired.</summary>
    public IReadOnlyList<X509Certificate2> Encryption => InForce(TokenCertificateUse.Encryption);

    /// <summary>Fires when <see cref="Refresh"/> found another set of certificates, or another one in force.</summary>
    public IChangeToken ChangeToken
    {
        get { lock (_lock) return new CancellationChangeToken(_changed.Token); }
    }

    /// <summary>Loads new files, makes a successor where one is due, and signals when what is in force changed.</summary>
    public void Refresh()
    {
        CancellationTokenSource? fired = null;
        lock (_lock)
        {
            try
            {
                var now = _clock.GetUtcNow();
                Load();
                foreach (var use in Enum.GetValues<TokenCertificateUse>())
                {
                    if (CreateIfDue(use, now) is { } created) _loaded[created.Path] = created.Certificate;
                }
                var state = string.Join(";", _loaded
                    .Where(c => c.Value.NotAfter > now.UtcDateTime.ToLocalTime())
                    .OrderBy(c => c.Key, StringComparer.Ordinal)
                    .Select(c => $"{c.Key}:{c.Value.NotBefore <= now.UtcDateTime.ToLocalTime()}"));
                if (state != _state)
                {
                    _state = state;
                    fired = _changed;
                    _changed = new CancellationTokenSource();
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
            {
                // Start-up must not go on without keys; a later hourly check keeps what it has.
                if (_state.Length == 0) throw;
                _logger.LogError(e, "The token certificates in {Directory} could not be checked; the ones already loaded stay in force", _directory);
            }
        }
        if (fired is null) return;
        fired.Cancel();
        fired.Dispose();
    }

    private IReadOnlyList<X509Certificate2> InForce(TokenCertificateUse use)
    {
        var now = _clock.GetUtcNow().UtcDateTime.ToLocalTime(); // X509Certificate2 speaks local time
        lock (_lock)
        {
            return [.. _loaded.Where(c => Is(use, c.Key) && c.Value.NotAfter > now).Select(c => c.Value)];
        }
    }

    private void Load()
    {
        if (!Directory.Exists(_directory)) return;
        foreach (var path in Directory.GetFiles(_directory, "*.pfx"))
        {
            if (_loaded.ContainsKey(path) || !Enum.GetValues<TokenCertificateUse>().Any(use => Is(use, path))) continue;
            _loaded[path] = X509CertificateLoader.LoadPkcs12FromFile(path, _access.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
        }
    }

    private (string Path, X509Certificate2 Certificate)? CreateIfDue(TokenCertificateUse use, DateTimeOffset now)
    {
        var local = now.UtcDateTime.ToLocalTime();
        var newest = _loaded.Where(c => Is(use, c.Key) && c.Value.NotAfter > local).Select(c => c.Value).MaxBy(c => c.NotAfter);
        if (newest is not null && newest.NotAfter - local > TimeSpan.FromDays(_access.CertificateRenewalDays)) return null;

        // None valid: one that works at once. One about to expire: a successor that signs a day later.
        var notBefore = newest is null ? FirstValidFrom : now + PublishAhead;
        var notAfter = (newest is null ? now : notBefore) + TimeSpan.FromDays(_access.CertificateLifetimeDays);
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN=Samordningsplattformen {Prefix(use)}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            use == TokenCertificateUse.Signing ? X509KeyUsageFlags.DigitalSignature : X509KeyUsageFlags.KeyEncipherment, critical: true));
        using var certificate = request.CreateSelfSigned(notBefore, notAfter);
        var path = Path.Combine(_directory, $"{Prefix(use)}-{notAfter:yyyyMMdd}-{certificate.Thumbprint[..8].ToLowerInvariant()}.pfx");
        WritePrivately(path, certificate.Export(X509ContentType.Pfx, _access.CertificatePassword));
        _logger.LogInformation("Made a {Use} certificate valid from {NotBefore:u} to {NotAfter:u}: {Path}", Prefix(use), notBefore, notAfter, path);
        return (path, X509CertificateLoader.LoadPkcs12FromFile(path, _access.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet));
    }

    /// <summary>Writes a private key readable by the platform's own user only (mode 600, in a 700 directory).</summary>
    private void WritePrivately(string path, byte[] bytes)
    {
        var temporary = path + ".tmp";
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(_directory);
            File.WriteAllBytes(temporary, bytes);
        }
        else
        {
            Directory.CreateDirectory(_directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            using var file = new FileStream(temporary, new FileStreamOptions
            {
                Mode = FileMode.Create,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            });
            file.Write(bytes);
        }
        File.Move(temporary, path, overwrite: false);
    }

    private static string Prefix(TokenCertificateUse use) => use == TokenCertificateUse.Signing ? "signing" : "encryption";

    private static bool Is(TokenCertificateUse use, string path) =>
        Path.GetFileName(path) is var name && (name == Prefix(use) + ".pfx" || name.StartsWith(Prefix(use) + "-", StringComparison.Ordinal));

    public void Dispose()
    {
        _timer.Dispose();
        lock (_lock)
        {
            foreach (var certificate in _loaded.Values) certificate.Dispose();
            _loaded.Clear();
            _changed.Dispose();
        }
    }
}

internal enum TokenCertificateUse
{
    Signing,
    Encryption,
}

/// <summary>Loads (or makes) the certificates when the host starts, so that a directory that cannot be read stops the start.</summary>
internal sealed class TokenCertificatesAtStart(TokenCertificates certificates) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => certificates.Signing.Count > 0
        ? Task.CompletedTask
        : throw new InvalidOperationException("No token signing certificate is valid.");

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>
/// Gives OpenIddict's server (and so its local validation) the certificates in force, and builds
/// both options again when they change.
/// </summary>
internal sealed class TokenCertificateOptions(TokenCertificates certificates)
    : IConfigureOptions<OpenIddictServerOptions>, IOptionsChangeTokenSource<OpenIddictServerOptions>, IOptionsChangeTokenSource<OpenIddictValidationOptions>
{
    public string? Name => Options.DefaultName;

    public IChangeToken GetChangeToken() => certificates.ChangeToken;

    public void Configure(OpenIddictServerOptions options)
    {
        // What AddSigningCertificate and AddEncryptionCertificate would add, for each certificate.
        foreach (var certificate in certificates.Signing)
            options.SigningCredentials.Add(new SigningCredentials(new X509SecurityKey(certificate), SecurityAlgorithms.RsaSha256));
        foreach (var certificate in certificates.Encryption)
            options.EncryptionCredentials.Add(new EncryptingCredentials(new X509SecurityKey(certificate), SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
    }
}
