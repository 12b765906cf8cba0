using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

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
    private readonly bool _mayCreate;
    private readonly ILogger<TokenCertificates> _logger;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, X509Certificate2> _loaded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unreadable = new(StringComparer.Ordinal);
    private readonly ITimer _timer;
    private CancellationTokenSource _changed = new();
    private string _inForceSummary = "";
    private bool _started;
    private bool _disposed;

    /// <param name="mayCreate">False in Production: certificates are provided there, never made (a missing or expiring one is logged).</param>
    public TokenCertificates(IOptions<AccessOptions> access, IOptions<PlatformOptions> platform, TimeProvider clock, ILogger<TokenCertificates> logger, bool mayCreate = true)
    {
        _mayCreate = mayCreate;
        _access = access.Value;
        _directory = Path.GetFullPath(_access.CertificateDirectory ?? Path.Combine(platform.Value.DataDirectory, "keys"));
        _clock = clock;
        _logger = logger;
        Refresh();
        _timer = clock.CreateTimer(_ => RefreshQuietly(), null, CheckEvery, CheckEvery);
    }

    /// <summary>
    /// The certificates that sign and validate tokens: those that have not expired, a successor that
    /// does not sign yet included (OpenIddict signs with a valid one only).
    /// </summary>
    public IReadOnlyList<X509Certificate2> Signing => NotExpired(TokenCertificateUse.Signing);

    /// <summary>The certificates that encrypt and decrypt tokens, chosen as <see cref="Signing"/>.</summary>
    public IReadOnlyList<X509Certificate2> Encryption => NotExpired(TokenCertificateUse.Encryption);

    /// <summary>Where the certificates are.</summary>
    public string Location => _directory;

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
            if (_disposed) return;
            try
            {
                var now = _clock.GetUtcNow();
                Load();
                foreach (var use in Enum.GetValues<TokenCertificateUse>())
                {
                    if (!Due(use, now)) continue;
                    if (_mayCreate) CreateSuccessor(use, now);
                    else _logger.LogWarning("No {Use} certificate in {Directory} is valid for more than {Days} days, and certificates are not made here: add a new {Use}-*.pfx",
                        Prefix(use), _directory, _access.CertificateRenewalDays, Prefix(use));
                }
                var summary = string.Join(";", Enum.GetValues<TokenCertificateUse>().SelectMany(use => Unexpired(use, now.UtcDateTime))
                    .OrderBy(c => c.Key, StringComparer.Ordinal)
                    .Select(c => $"{c.Key}:{c.Value.NotBefore.ToUniversalTime() <= now.UtcDateTime}"));
                if (summary != _inForceSummary)
                {
                    _inForceSummary = summary;
                    fired = _changed;
                    _changed = new CancellationTokenSource();
                }
            }
            catch (Exception e) when (_started && e is IOException or UnauthorizedAccessException or CryptographicException)
            {
                // Start-up must not go on without keys; a later hourly check keeps what it has.
                _logger.LogError(e, "The token certificates in {Directory} could not be checked; the ones already loaded stay in force", _directory);
            }
            _started = true;
        }
        if (fired is null) return;
        fired.Cancel();
        fired.Dispose();
    }

    /// <summary>The hourly check: a failure is logged, never thrown on the timer's thread (which would end the process).</summary>
    private void RefreshQuietly()
    {
        try
        {
            Refresh();
        }
        catch (Exception e)
        {
            _logger.LogError(e, "The hourly check of the token certificates in {Directory} failed", _directory);
        }
    }

    private IReadOnlyList<X509Certificate2> NotExpired(TokenCertificateUse use)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        lock (_lock)
        {
            return [.. Unexpired(use, now).Select(c => c.Value)];
        }
    }

    /// <summary>The loaded certificates of the use, by file, that have not expired at <paramref name="utcNow"/>.</summary>
    private IEnumerable<KeyValuePair<string, X509Certificate2>> Unexpired(TokenCertificateUse use, DateTime utcNow) =>
        _loaded.Where(c => Is(use, c.Key) && c.Value.NotAfter.ToUniversalTime() > utcNow);

    /// <summary>Loads the files not loaded yet. One that cannot be read (a wrong password, half a copy) is logged once and skipped.</summary>
    private void Load()
    {
        if (!Directory.Exists(_directory)) return;
        foreach (var path in Directory.GetFiles(_directory, "*.pfx"))
        {
            if (_loaded.ContainsKey(path) || _unreadable.Contains(path) || !Enum.GetValues<TokenCertificateUse>().Any(use => Is(use, path))) continue;
            try
            {
                _loaded[path] = Read(path);
            }
            catch (CryptographicException e)
            {
                _unreadable.Add(path);
                _logger.LogError(e, "The token certificate {Path} cannot be read (wrong password or a damaged file) and is left out", path);
            }
        }
    }

    private X509Certificate2 Read(string path) =>
        X509CertificateLoader.LoadPkcs12FromFile(path, _access.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);

    /// <summary>No certificate of the use is valid for longer than the renewal period (none at all included).</summary>
    private bool Due(TokenCertificateUse use, DateTimeOffset now) =>
        !Unexpired(use, (now + TimeSpan.FromDays(_access.CertificateRenewalDays)).UtcDateTime).Any();

    /// <summary>
    /// Makes the next certificate of the use, holding the directory's lock file so that instances
    /// starting together make one between them: after the lock, the directory is read again.
    /// </summary>
    private void CreateSuccessor(TokenCertificateUse use, DateTimeOffset now)
    {
        CreatePrivateDirectory();
        using var _ = DirectoryLock();
        Load();
        if (!Due(use, now)) return; // another instance was first

        // None valid: one that works at once. One about to expire: a successor that signs a day later.
        var newest = Unexpired(use, now.UtcDateTime).Select(c => c.Value).MaxBy(c => c.NotAfter);
        var notBefore = newest is null ? FirstValidFrom : now + PublishAhead;
        var notAfter = (newest is null ? now : notBefore) + TimeSpan.FromDays(_access.CertificateLifetimeDays);
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN=Samordningsplattformen {Prefix(use)}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            use == TokenCertificateUse.Signing ? X509KeyUsageFlags.DigitalSignature : X509KeyUsageFlags.KeyEncipherment, critical: true));
        using var certificate = request.CreateSelfSigned(notBefore, notAfter);
        var name = string.Create(CultureInfo.InvariantCulture, $"{Prefix(use)}-{notAfter:yyyyMMdd}-{certificate.Thumbprint[..8].ToLowerInvariant()}.pfx");
        var path = Path.Combine(_directory, name);
        // AES-256 and SHA-256 (the default export is 3DES/SHA-1); without a password, the file's mode is the only protection.
        WritePrivately(path, certificate.ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, _access.CertificatePassword));
        _loaded[path] = Read(path);
        _logger.LogInformation("Made a {Use} certificate valid from {NotBefore:u} to {NotAfter:u}: {Path}", Prefix(use), notBefore, notAfter, path);
    }

    /// <summary>Waits (up to a minute) for the lock file that one instance at a time holds while it makes a certificate.</summary>
    private FileStream DirectoryLock()
    {
        var path = Path.Combine(_directory, ".lock");
        var options = PrivateFile(FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, options);
            }
            catch (IOException) when (attempt < 600)
            {
                Thread.Sleep(100); // another instance is making one; it takes a second at most
            }
        }
    }

    private void CreatePrivateDirectory()
    {
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(_directory);
        else Directory.CreateDirectory(_directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    /// <summary>Writes a private key readable by the platform's own user only (mode 600, in a 700 directory), whole or not at all.</summary>
    private static void WritePrivately(string path, byte[] bytes)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        using (var file = new FileStream(temporary, PrivateFile(FileMode.CreateNew, FileAccess.Write, FileShare.None)))
        {
            file.Write(bytes);
            file.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: false);
    }

    /// <summary>Options for a file created readable and writable by the platform's own user only (mode 600).</summary>
    private static FileStreamOptions PrivateFile(FileMode mode, FileAccess access, FileShare share)
    {
        var options = new FileStreamOptions { Mode = mode, Access = access, Share = share };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return options;
    }

    private static string Prefix(TokenCertificateUse use) => use == TokenCertificateUse.Signing ? "signing" : "encryption";

    private static bool Is(TokenCertificateUse use, string path) =>
        Path.GetFileName(path) is var name && (name == Prefix(use) + ".pfx" || name.StartsWith(Prefix(use) + "-", StringComparison.Ordinal));

    public void Dispose()
    {
        _timer.Dispose();
        lock (_lock)
        {
            _disposed = true;
            foreach (var certificate in _loaded.Values) certificate.Dispose();
            _loaded.Clear();
            _changed.Dispose();
        }
    }
}
