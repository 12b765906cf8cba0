using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Platform.Features.Integrations;
using Platform.Infrastructure;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Tests.Support;

namespace Platform.Tests.Infrastructure.Identity;

/// <summary>
/// OpenIddict's certificates in a directory of their own: made once, valid whatever the clock says,
/// readable by the platform's user only, and renewed before they expire without a restart.
/// </summary>
public sealed class TokenCertificateTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "platform-tests", "keys-" + Guid.NewGuid().ToString("N"));
    private readonly PlatformFactory _platform;

    public TokenCertificateTests()
    {
        // Certificates for 90 days, renewed 30 days before they expire; access tokens that live for
        // three days, so a token signed before the renewal is still alive after it.
        _platform = new PlatformFactory(null,
            ("Access:CertificateDirectory", _directory),
            ("Access:CertificateLifetimeDays", "90"),
            ("Access:CertificateRenewalDays", "30"),
            ("Access:AccessTokenMinutes", $"{3 * 24 * 60}"));
    }

    public void Dispose()
    {
        _platform.Dispose();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { } // best effort on a temp folder
    }

    [Fact]
    public void The_first_certificates_are_valid_from_a_fixed_point_in_the_past_and_only_the_platform_can_read_them()
    {
        _ = _platform.Server;

        var files = Directory.GetFiles(_directory, "*.pfx").Select(Path.GetFileName).Order().ToList();
        Assert.Collection(files, f => Assert.StartsWith("encryption-", f, StringComparison.Ordinal), f => Assert.StartsWith("signing-", f, StringComparison.Ordinal));
        foreach (var certificate in Certificates("*"))
        {
            Assert.Equal(TokenCertificates.FirstValidFrom, new DateTimeOffset(certificate.NotBefore.ToUniversalTime()));
            Assert.Equal(_platform.Clock.GetUtcNow().AddDays(90).UtcDateTime, certificate.NotAfter.ToUniversalTime(), TimeSpan.FromSeconds(1));
        }
        if (!OperatingSystem.IsWindows())
        {
            foreach (var file in Directory.GetFiles(_directory)) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_directory));
        }
    }

    [Fact]
    public async Task Past_the_renewal_point_a_successor_signs_a_day_later_and_tokens_signed_before_still_validate()
    {
        var tenant = await _platform.ProvisionAsync("roslagen");
        await using (var scope = _platform.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IntegrationClients>().RegisterConfidentialAsync(tenant.Id, "integration", "Ekonomisystem", null, "test", CancellationToken.None, "secret");
        var first = Assert.Single(Certificates("signing"));
        Assert.Equal(first.Thumbprint, KeyId(await TokenAsync(tenant)));

        // 61 days on: the certificate expires in 29 days, within the 30 days of renewal. The hourly
        // check makes a successor, which is published at once but signs only from tomorrow.
        _platform.Clock.Advance(TimeSpan.FromDays(61));
        var successor = Assert.Single(Certificates("signing"), c => c.Thumbprint != first.Thumbprint);
        Assert.Equal(_platform.Clock.GetUtcNow().AddDays(1).UtcDateTime, successor.NotBefore.ToUniversalTime(), TimeSpan.FromHours(1));
        Assert.Equal(2, Certificates("encryption").Count);
        var signedBefore = await TokenAsync(tenant);
        Assert.Equal(first.Thumbprint, KeyId(signedBefore));

        _platform.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1));
        var signedAfter = await TokenAsync(tenant);
        Assert.Equal(successor.Thumbprint, KeyId(signedAfter));

        foreach (var token in new[] { signedBefore, signedAfter })
        {
            using var response = await _platform.BearerClient(PlatformFactory.HostOf(tenant), token).GetAsync("/api/members");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Instances_starting_together_on_an_empty_directory_make_one_certificate_of_each_kind_between_them()
    {
        using var start = new Barrier(4); // four threads of their own, let go at the same moment
        var instances = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            return new TokenCertificates(Options.Create(new AccessOptions { CertificateDirectory = _directory }), Options.Create(new PlatformOptions()), _platform.Clock, NullLogger<TokenCertificates>.Instance);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)));

        Assert.Single(Certificates("signing"));
        Assert.Single(Certificates("encryption"));
        Assert.All(instances, i => Assert.Equal(Certificates("signing")[0].Thumbprint, Assert.Single(i.Signing).Thumbprint));
        foreach (var instance in instances) instance.Dispose();
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_named_in_the_log_and_left_out_and_the_platform_starts()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "signing-halfcopied.pfx"), "not a certificate");

        _ = _platform.Server;

        Assert.Contains(_platform.Logs.Records, r => r.Level == LogLevel.Error && r.Message.Contains("signing-halfcopied.pfx", StringComparison.Ordinal));
        Assert.Single(Certificates("signing"), c => c.HasPrivateKey);
    }

    private Task<string> TokenAsync(TenantInfo tenant) => _platform.TokenAsync(PlatformFactory.HostOf(tenant), "integration", "secret");

    private List<X509Certificate2> Certificates(string use) =>
        [.. Directory.GetFiles(_directory, $"{use}-*.pfx").Where(f => !f.EndsWith("halfcopied.pfx", StringComparison.Ordinal)).Select(f => X509CertificateLoader.LoadPkcs12FromFile(f, null, X509KeyStorageFlags.EphemeralKeySet))];

    /// <summary>The key identifier in the JWT's header: the thumbprint of the certificate that signed it.</summary>
    private static string KeyId(string jwt) =>
        JsonDocument.Parse(Base64Url.DecodeFromChars(jwt.Split('.')[0])).RootElement.GetProperty("kid").GetString()!;
}
