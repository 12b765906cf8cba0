using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using Platform.Tests.Infrastructure.Identity;

namespace Platform.Tests.Support;

/// <summary>
/// The whole platform in-process on a fresh data directory of real SQLite files. Each test class
/// gets its own; nothing is shared between classes but what never changes in a run: the token
/// certificates (<see cref="TestCertificates"/>).
/// </summary>
public class PlatformFactory : WebApplicationFactory<Program>
{
    public string DataDirectory { get; }
    /// <summary>Where every test's clock starts, unless the test sets it: a fixed day, never the real one.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);
    internal CapturingLoggerProvider Logs { get; } = new();
    private readonly Dictionary<string, string?> _settings;
    private readonly bool _ownsDataDirectory;

    public PlatformFactory(string? dataDirectory = null, params (string Key, string? Value)[] settings)
    {
        _ownsDataDirectory = dataDirectory is null; // a directory passed in outlives this factory
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "platform-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
        _settings = new Dictionary<string, string?>
        {
            ["Platform:DataDirectory"] = DataDirectory,
            ["Platform:SeedDemoData"] = "false",
            ["Platform:Domain"] = "localhost",
            // Jobs run only where a test asks for them (JobsOn), so no background run races a test's own steps.
            ["Jobs:RunServer"] = "false",
            ["Jobs:WorkerCount"] = "1",
            ["Jobs:PollingSeconds"] = "1",
            // The catalog's poll is for changes made by another process; every 30 s it would cost a
            // query per tick when a test moves the clock by weeks (minutes of a run).
            ["Platform:CatalogRefreshSeconds"] = "3600",
            // Made once per run (two RSA keys cost more than the rest of a factory's start).
            ["Access:CertificateDirectory"] = TestCertificates.Directory,
        };
        foreach (var (key, value) in settings) _settings[key] = value;
        ServerLogs.Register(this, Logs);
    }

    public bool IsDisposed { get; private set; }

    /// <summary>Settings that turn the in-process Hangfire server on (one worker, so jobs run one after another).</summary>
    public static readonly (string Key, string? Value) JobsOn = ("Jobs:RunServer", "true");

    /// <summary>The ASP.NET Core environment; "Testing" unless a test needs another.</summary>
    public string Environment { get; init; } = "Testing";

    /// <summary>Replaces or adds services after the platform's own (e.g. a scripted email sender).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    static PlatformFactory()
    {
        // Dozens of platforms live at once in a test run, and each would watch appsettings and wwwroot
        // with inotify: the user's 128 instances run out (seen as a 500 from the layout's
        // asp-append-version when two runs share a machine). Tests never change those files.
        System.Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        System.Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        // Production does not start without a certificate for the data-protection keys: a test in
        // Production gets the run's own, unless it sets the key itself (to null: none).
        if (Environment == "Production" && !_settings.ContainsKey("DataProtection:CertificatePath"))
        {
            builder.UseSetting("DataProtection:CertificatePath", TestCertificates.DataProtectionFile);
            builder.UseSetting("DataProtection:CertificatePassword", TestCertificates.DataProtectionPassword);
        }
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IStartupFilter, TestRemoteAddress>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<ILoggerProvider>(Logs);
        });
        if (TestServices is { } configure) builder.ConfigureServices(configure);
    }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>The password of every person a test adds.</summary>
    public const string Password = "Testlösenord-2026";

    /// <summary>Adds a person with <paramref name="role"/> in the association (creating the account if needed), as an accepted invitation does.</summary>
    internal async Task<PlatformUser> AddPersonAsync(TenantInfo tenant, string role, string? email = null)
    {
        var user = await EnsureUserAsync(email ?? $"{role}@{tenant.Slug}.test", null);
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDb>();
        if (await db.MembershipAsync(user.Id, tenant.Id, CancellationToken.None) is null)
        {
            db.Memberships.Add(new Membership { Id = Guid.NewGuid(), UserId = user.Id, TenantId = tenant.Id.Value, Role = role, CreatedAt = Clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync();
        }
        return user;
    }

    /// <summary>Adds a person with a platform role (network or operator).</summary>
    internal Task<PlatformUser> AddPlatformPersonAsync(string role, string? email = null) =>
        EnsureUserAsync(email ?? $"{role}@platform.test", role);

    private async Task<PlatformUser> EnsureUserAsync(string email, string? platformRole)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<PlatformUserManager>();
        if (await users.FindByEmailAsync(email) is { } existing) return existing;
        var (user, result) = await users.CreatePersonAsync(email, $"Testperson {email}", platformRole, Password);
        return result.Succeeded ? user : throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    /// <summary>Signs in through the sign-in page on <paramref name="host"/> and returns the client holding the session cookie.</summary>
    public async Task<HttpClient> SignInAsync(string host, string email, string password = Password)
    {
        var client = ClientFor(host);
        var response = await client.PostFormAsync("/konto/logga-in", "/konto/logga-in", ("Form.Email", email), ("Form.Password", password));
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in of {email} on {host} failed: {(int)response.StatusCode}");
        return client;
    }

    /// <summary>A client signed in on the association's host as a new person with <paramref name="role"/>.</summary>
    internal async Task<HttpClient> SignedInAsync(TenantInfo tenant, string role = Roles.Admin)
    {
        var user = await AddPersonAsync(tenant, role);
        return await SignInAsync(HostOf(tenant), user.Email!);
    }

    internal static string HostOf(TenantInfo tenant) => $"{tenant.Slug}.localhost";

    /// <summary>Adds an association the way an operator does (with its county, when given), and returns it.</summary>
    internal async Task<TenantInfo> ProvisionAsync(string slug, string? name = null, string? county = null)
    {
        var provisioner = Service<TenantProvisioner>();
        var result = await provisioner.ProvisionAsync(slug, name ?? $"Samordningsförbundet {slug}", CancellationToken.None);
        if (result.Value?.Tenant is not { IsActive: true } tenant) throw new InvalidOperationException(result.Problem);
        if (county is null) return tenant;
        if (await provisioner.SetCountyAsync(slug, county, CancellationToken.None) is { } problem) throw new InvalidOperationException(problem);
        return tenant with { County = county };
    }

    /// <summary>A client whose requests go to <paramref name="host"/> (TestServer takes the host from the URL; no DNS).</summary>
    /// <remarks>
    /// The timeout is raised from HttpClient's 100 s: a request that runs a whole job inline (the fees page's invoicing run)
    /// can take that long when the full suite loads both cores, and a test must fail on what it asserts, not on the machine's load.
    /// </remarks>
    public HttpClient ClientFor(string host)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{host}/"), AllowAutoRedirect = false });
        client.Timeout = TimeSpan.FromMinutes(10);
        return client;
    }

    /// <summary>Runs <paramref name="work"/> inside the association's tenant scope, as a job would.</summary>
    internal async Task<T> InTenantAsync<T>(TenantInfo tenant, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Service<TenantScopeFactory>().CreateScope(tenant.Id);
        return await work(scope.Services);
    }

    internal Task InTenantAsync(TenantInfo tenant, Func<IServiceProvider, Task> work) =>
        InTenantAsync(tenant, async services => { await work(services); return true; });

    public string TenantFile(string databaseName) => Path.Combine(DataDirectory, "tenants", $"{databaseName}.db");

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        IsDisposed = true;
        if (!disposing || !_ownsDataDirectory) return;
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } // best effort on a temp folder
    }
}

/// <summary>
/// OpenIddict's certificates for every platform of a test run: made once, in a temporary directory,
/// valid from <see cref="TokenCertificates.FirstValidFrom"/> for ten years after the tests' start,
/// so that no test clock reaches their renewal. <see cref="TokenCertificateTests"/> uses its own.
/// </summary>
internal static class TestCertificates
{
    private static readonly Lazy<string> Made = new(() =>
    {
        var directory = Path.Combine(Path.GetTempPath(), "platform-tests", "keys-" + Guid.NewGuid().ToString("N"));
        using var certificates = new TokenCertificates(
            Options.Create(new AccessOptions { CertificateDirectory = directory, CertificateLifetimeDays = 3650 }),
            Options.Create(new Platform.Infrastructure.PlatformOptions()),
            new FakeTimeProvider(PlatformFactory.Start),
            NullLogger<TokenCertificates>.Instance);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { System.IO.Directory.Delete(directory, recursive: true); } catch (IOException) { } // best effort on a temp folder
        };
        return directory;
    });

    public static string Directory => Made.Value;

    public const string DataProtectionPassword = "nyckelskydd";

    private static readonly Lazy<string> DataProtection = new(() =>
    {
        var directory = Path.Combine(Path.GetTempPath(), "platform-tests", "protection-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "dataprotection.pfx");
        File.WriteAllBytes(path, DataProtectionPfx(DataProtectionPassword));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { System.IO.Directory.Delete(directory, recursive: true); } catch (IOException) { } // best effort on a temp folder
        };
        return path;
    });

    /// <summary>A PFX file with a certificate (and its private key) for the data-protection keys, made once per run.</summary>
    public static string DataProtectionFile => DataProtection.Value;

    /// <summary>A new self-signed certificate with its private key, as a PFX protected by <paramref name="password"/>.</summary>
    public static byte[] DataProtectionPfx(string password)
    {
        using var key = System.Security.Cryptography.RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=Samordningsplattformen nyckelskydd (test)", key,
            System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(TokenCertificates.FirstValidFrom, TokenCertificates.FirstValidFrom.AddYears(30));
        return certificate.ExportPkcs12(System.Security.Cryptography.X509Certificates.Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, password);
    }
}

/// <summary>
/// The test server has no remote address; a test that needs one (attempt limits per address) sends
/// it in <see cref="Header"/>. Only this test project adds the filter.
/// </summary>
internal sealed class TestRemoteAddress : IStartupFilter
{
    public const string Header = "X-Test-Remote-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (System.Net.IPAddress.TryParse(context.Request.Headers[Header], out var address)) context.Connection.RemoteIpAddress = address;
            return nextMiddleware(context);
        });
        next(app);
    };
}
