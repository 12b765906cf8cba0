using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platform.Persistence;

namespace Platform.Infrastructure.Persistence;

// Used by `dotnet ef` only (see build/migrations.sh): `-- --provider Sqlite|SqlServer` picks the
// provider and so the migrations assembly. No database is opened to add a migration or to script.

internal sealed class CatalogDbDesignTimeFactory : IDesignTimeDbContextFactory<CatalogDb>
{
    public CatalogDb CreateDbContext(string[] args) =>
        new(DesignTime.Options<CatalogDb>(args, "catalog"));
}

internal sealed class TenantDbDesignTimeFactory : IDesignTimeDbContextFactory<TenantDb>
{
    public TenantDb CreateDbContext(string[] args) =>
        new(DesignTime.Options<TenantDb>(args, "tenant"));
}

internal static class DesignTime
{
    public static DbContextOptions<T> Options<T>(string[] args, string databaseName) where T : DbContext
    {
        var provider = ProviderFrom(args);
        var connectionString = provider == DatabaseProvider.Sqlite
            ? $"Data Source=design-time-{databaseName}.db"
            : $"Server=localhost;Database=design_time_{databaseName};Integrated Security=true;TrustServerCertificate=true";
        var options = new DbContextOptionsBuilder<T>();
        options.Configure(provider, connectionString);
        return options.Options;
    }

    public static DatabaseProvider ProviderFrom(string[] args)
    {
        var index = Array.IndexOf(args, "--provider");
        return index >= 0 && index + 1 < args.Length
            ? Enum.Parse<DatabaseProvider>(args[index + 1], ignoreCase: true)
            : throw new ArgumentException("Pass the provider: dotnet ef ... -- --provider Sqlite|SqlServer");
    }
}
