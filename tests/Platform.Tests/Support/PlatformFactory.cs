using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Platform.Infrastructure.Tenancy;

namespace Platform.Tests.Support;

/// <summary>
/// The whole platform in-process on a fresh data directory of real SQLite files. Each test class
/// gets its own; nothing is shared between classes.
/// </summary>
public class PlatformFactory : WebApplicationFactory<Program>
{
    public string DataDirectory { get; }
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    public CapturingLoggerProvider Logs { get; } = new();
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
        };
        foreach (var (key, value) in settings) _settings[key] = value;
    }

    /// <summary>Settings that turn the in-process Hangfire server on (one worker, so jobs run one after another).</summary>
    public static readonly (string Key, string? Value) JobsOn = ("Jobs:RunServer", "true");

    /// <summary>The ASP.NET Core environment; "Testing" unless a test needs another.</summary>
    public string Environment { get; init; } = "Testing";

    /// <summary>Replaces or adds services after the platform's own (e.g. a scripted email sender).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<ILoggerProvider>(Logs);
        });
        if (TestServices is { } configure) builder.ConfigureServices(configure);
    }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Adds an association the way an operator does, and returns it.</summary>
    public async Task<TenantInfo> ProvisionAsync(string slug, string? name = null)
    {
        var result = await Service<TenantProvisioner>().ProvisionAsync(slug, name ?? $"Samordningsförbundet {slug}", CancellationToken.None);
        return result.Tenant is { IsActive: true } tenant ? tenant : throw new InvalidOperationException(result.Problem);
    }

    /// <summary>A client whose requests go to <paramref name="host"/> (TestServer takes the host from the URL; no DNS).</summary>
    public HttpClient ClientFor(string host) =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{host}/"), AllowAutoRedirect = false });

    /// <summary>Runs <paramref name="work"/> inside the association's tenant scope, as a job would.</summary>
    public async Task<T> InTenantAsync<T>(TenantInfo tenant, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Service<TenantScopeFactory>().CreateScope(tenant.Id);
        return await work(scope.Services);
    }

    public Task InTenantAsync(TenantInfo tenant, Func<IServiceProvider, Task> work) =>
        InTenantAsync(tenant, async services => { await work(services); return true; });

    public string TenantFile(string databaseName) => Path.Combine(DataDirectory, "tenants", $"{databaseName}.db");

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || !_ownsDataDirectory) return;
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } // best effort on a temp folder
    }
}
