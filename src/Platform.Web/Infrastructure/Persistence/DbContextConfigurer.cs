using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Platform.Infrastructure.Persistence;

/// <summary>
/// The one place that knows how a context is configured for a provider: which migrations assembly,
/// and the model customizer that brings in the features' entities. Runtime, provisioning and the
/// design-time factories all go through here, so the model is the same everywhere.
/// </summary>
internal static class DbContextConfigurer
{
    public const string SqliteMigrationsAssembly = "Platform.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "Platform.Migrations.SqlServer";

    public static DbContextOptionsBuilder Configure(
        this DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
                break;
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(connectionString, sql => sql.MigrationsAssembly(SqlServerMigrationsAssembly));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider.");
        }
        return builder.ReplaceService<IModelCustomizer, PlatformModelCustomizer>();
    }
}
