using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Infrastructure.Identity;
using Platform.Persistence;
using Platform.Tests.Support;

namespace Platform.Tests.Infrastructure.Identity;

/// <summary>
/// The data-protection keys (cookies, antiforgery, reset links) are stored encrypted with a
/// certificate, which Production must have; Production never makes its own token certificates.
/// </summary>
public sealed class KeyProtectionTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "platform-tests", "protection-" + Guid.NewGuid().ToString("N"));
    private readonly List<PlatformFactory> _platforms = [];

    public KeyProtectionTests() => Directory.CreateDirectory(_directory);

    public void Dispose()
    {
        foreach (var platform in _platforms) platform.Dispose();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { } // best effort on a temp folder
    }

    private PlatformFactory Platform(string environment, params (string Key, string? Value)[] settings)
    {
        var platform = new PlatformFactory(null, settings) { Environment = environment };
        _platforms.Add(platform);
        return platform;
    }

    /// <summary>A certificate with its private key in a PFX file protected by <paramref name="password"/>.</summary>
    private string CertificateFile(string password)
    {
        var path = Path.Combine(_directory, "dataprotection.pfx");
        File.WriteAllBytes(path, TestCertificates.DataProtectionPfx(password));
        return path;
    }

    private static Exception StartFails(PlatformFactory platform) => Assert.ThrowsAny<Exception>(() => platform.Server);

    [Fact]
    public async Task With_a_certificate_configured_the_keys_in_the_catalog_are_encrypted_and_still_work()
    {
        var platform = Platform("Testing", ("DataProtection:CertificatePath", CertificateFile("hemligt")), ("DataProtection:CertificatePassword", "hemligt"));
        var roslagen = await platform.ProvisionAsync("roslagen");
        var admin = await platform.SignedInAsync(roslagen); // a key is made, and the session cookie made with it reads back
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/personer")).StatusCode);

        await using var scope = platform.Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<CatalogDb>().DataProtectionKeys.Select(k => k.Xml).ToListAsync();
        var xml = Assert.Single(keys)!;
        Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_refuses_to_start_without_a_certificate_for_the_keys_and_says_which_setting_is_missing()
    {
        var platform = Platform("Production", ("DataProtection:CertificatePath", null));

        var refused = StartFails(platform);

        Assert.Contains("DataProtection:CertificatePath", refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Production_uses_the_token_certificates_it_is_given_and_never_makes_its_own()
    {
        var empty = Path.Combine(_directory, "token-keys");
        var platform = Platform("Production",
            ("DataProtection:CertificatePath", CertificateFile("hemligt")), ("DataProtection:CertificatePassword", "hemligt"),
            ("Access:CertificateDirectory", empty));

        var refused = StartFails(platform);

        Assert.Contains("Access:CertificateDirectory", refused.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(empty) && Directory.EnumerateFiles(empty, "*.pfx").Any(), "no certificate may be made in Production");

        // Given certificates (those of the tests), Production starts.
        var given = Platform("Production",
            ("DataProtection:CertificatePath", CertificateFile("hemligt")), ("DataProtection:CertificatePassword", "hemligt"));
        Assert.NotNull(given.Server);
        Assert.NotEmpty(given.Services.GetRequiredService<TokenCertificates>().Signing);
    }
}
