using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Platform.Infrastructure.Persistence;
using Platform.Persistence;

namespace Platform.Tests.Infrastructure.Persistence;

/// <summary>
/// The model and the committed migrations agree, for both providers and both databases, and the
/// SQL Server scripts are valid T-SQL (no SQL Server needed: ScriptDom parses them).
/// </summary>
public sealed class MigrationTests
{
    public static TheoryData<string, string> Databases => new()
    {
        { "Sqlite", "catalog" }, { "Sqlite", "tenant" }, { "SqlServer", "catalog" }, { "SqlServer", "tenant" },
    };

    private static DbContext Create(DatabaseProvider provider, string database, string? connectionString = null)
    {
        connectionString ??= provider == DatabaseProvider.Sqlite
            ? "Data Source=:memory:"
            : "Server=unused;Database=unused;Integrated Security=true;TrustServerCertificate=true";
        return database == "catalog"
            ? new CatalogDb(Options<CatalogDb>(provider, connectionString))
            : new TenantDb(Options<TenantDb>(provider, connectionString));
    }

    private static DbContextOptions<T> Options<T>(DatabaseProvider provider, string connectionString) where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        builder.Configure(provider, connectionString);
        return builder.Options;
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public void The_model_has_no_changes_without_a_migration(string provider, string database)
    {
        using var db = Create(Enum.Parse<DatabaseProvider>(provider), database);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {database} model for {provider} has changes that no migration covers. Run build/migrations.sh <Name>.");
    }

    [Theory]
    [InlineData("catalog")]
    [InlineData("tenant")]
    public void Both_providers_have_the_same_migrations(string database)
    {
        using var sqlite = Create(DatabaseProvider.Sqlite, database);
        using var sqlServer = Create(DatabaseProvider.SqlServer, database);
        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]);
        Assert.Equal(Names(sqlite), Names(sqlServer));
    }

    [Theory]
    [InlineData("catalog")]
    [InlineData("tenant")]
    public async Task A_fresh_sqlite_database_migrates_to_the_latest_schema(string database)
    {
        var file = Path.Combine(Path.GetTempPath(), $"platform-migrate-{Guid.NewGuid():N}.db");
        try
        {
            await using var db = Create(DatabaseProvider.Sqlite, database, $"Data Source={file};Pooling=False");
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).Distinct())
            {
                var exists = await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS Value FROM sqlite_master WHERE type = 'table' AND name = {table}").SingleAsync();
                Assert.True(exists == 1, $"table {table} was not created");
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("catalog", "Tenants")]
    [InlineData("tenant", "Members")]
    public void The_idempotent_sql_server_script_parses_as_t_sql(string database, string expectedTable)
    {
        using var db = Create(DatabaseProvider.SqlServer, database);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var fragment = new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(script), out var errors);

        Assert.Empty(errors.Select(e => $"line {e.Line}: {e.Message}"));
        var creates = fragment.ScriptTokenStream.Count(t => t.TokenType == TSqlTokenType.Create);
        Assert.True(creates > 0, "the script creates nothing");
        Assert.Contains($"CREATE TABLE [{expectedTable}]", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_t_sql_check_can_fail()
    {
        new TSql160Parser(true).Parse(new StringReader("CREATE TABLE [x] ([a] int NOT NULL,, );"), out var errors);
        Assert.NotEmpty(errors);
    }
}
