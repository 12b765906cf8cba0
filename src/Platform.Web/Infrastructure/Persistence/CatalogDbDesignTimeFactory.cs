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
