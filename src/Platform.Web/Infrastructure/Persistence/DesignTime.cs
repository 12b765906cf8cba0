using Microsoft.EntityFrameworkCore;

namespace Platform.Infrastructure.Persistence;

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
