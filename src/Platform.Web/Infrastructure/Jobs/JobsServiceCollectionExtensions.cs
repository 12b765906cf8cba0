using Hangfire;
using Hangfire.Common;
using Hangfire.InMemory;
using Hangfire.SqlServer;
using Microsoft.Extensions.Options;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Persistence;
using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Jobs;

internal static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Hangfire with its storage from <c>Jobs:Storage</c>, the tenant filter and activator, and the
    /// schedule of recurring tenant jobs. The storage, filters and activator are this host's own
    /// services rather than Hangfire's static defaults, so two hosts in one process (the tests) never
    /// share jobs.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var options = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();

        services.AddHttpContextAccessor();
        services.AddSingleton<JobStorage>(sp => CreateStorage(options, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value));
        services.AddSingleton<TenantJobFilter>();
        services.AddSingleton<IJobFilterProvider>(sp => new JobFilterProviderCollection(
            new JobFilterCollection
            {
                new AutomaticRetryAttribute { Attempts = options.RetryAttempts },
                new StatisticsHistoryAttribute(),
                new ContinuationsSupportAttribute(),
                sp.GetRequiredService<TenantJobFilter>(),
            },
            new JobFilterAttributeFilterProvider()));
        services.AddSingleton<JobActivator, TenantJobActivator>();
        services.AddHangfire((sp, config) => config
            .UseLogProvider(new HangfireLogBridge(sp.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseTypeResolver(JobTypeResolver.Resolve) // jobs queued before a job type moved still load
            .UseRecommendedSerializerSettings());

        if (options.RunServer)
        {
            services.AddHangfireServer((_, server) =>
            {
                server.WorkerCount = options.WorkerCount;
                server.SchedulePollingInterval = TimeSpan.FromSeconds(options.PollingSeconds);
                server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            });
        }

        services.AddSingleton<RecurringTenantJobs>();
        services.AddTransient<TenantFanOut>();
        services.AddHostedService<RecurringJobRegistration>();
        return services;
    }

    /// <summary>Registers a job that runs on <paramref name="cron"/> (Swedish time) for every active association.</summary>
    public static IServiceCollection AddRecurringTenantJob<TJob>(this IServiceCollection services, string id, string title, string cron, string when)
        where TJob : class, ITenantRecurringJob
    {
        services.AddSingleton(RecurringTenantJob.For<TJob>(id, title, cron, when));
        services.AddScoped<TJob>();
        return services;
    }

    /// <summary>Schedules a job of the platform itself (not one per association) on <paramref name="cron"/> in Swedish time.</summary>
    public static IServiceCollection AddRecurringPlatformJob<TJob>(this IServiceCollection services, string id, string title, string cron, string when)
        where TJob : class, IPlatformRecurringJob
    {
        services.AddSingleton(new RecurringPlatformJob(id, title, cron, when, typeof(TJob)));
        services.AddScoped<TJob>();
        return services;
    }

    private static JobStorage CreateStorage(JobsOptions options, DatabaseOptions database) => options.Storage switch
    {
        JobStorageKind.InMemory => new InMemoryStorage(new InMemoryStorageOptions { IdType = InMemoryStorageIdType.Long }),
        JobStorageKind.SqlServer => new SqlServerStorage(
            database.Provider == DatabaseProvider.SqlServer && database.CatalogConnectionString is { } catalog
                ? catalog
                : throw new InvalidOperationException("Jobs:Storage SqlServer keeps the jobs in the catalog database: it needs Database:Provider SqlServer and ConnectionStrings:Catalog."),
            new SqlServerStorageOptions { SchemaName = options.Schema, PrepareSchemaIfNecessary = true, QueuePollInterval = TimeSpan.Zero }),
        _ => throw new InvalidOperationException($"Unknown Jobs:Storage {options.Storage}."),
    };

    /// <summary>
    /// The Hangfire dashboard at /hangfire on the platform host, for operators. Until sign-in exists
    /// (issue 4), the only operator is someone at the machine itself in Development.
    /// </summary>
    public static void MapJobsDashboard(this WebApplication app)
    {
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            DashboardTitle = "Schemalagda jobb – Samordningsplattformen",
            Authorization = [new OperatorDashboardAuthorization()],
            DisplayStorageConnectionString = false,
            AppPath = "/",
        }).PlatformEndpoint().RequireAuthorization(AccessPolicies.Operator);
    }
}
