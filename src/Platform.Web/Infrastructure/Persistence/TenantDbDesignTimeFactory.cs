using Microsoft.EntityFrameworkCore.Design;
using Platform.Persistence;

namespace Platform.Infrastructure.Persistence;

internal sealed class TenantDbDesignTimeFactory : IDesignTimeDbContextFactory<TenantDb>
{
    public TenantDb CreateDbContext(string[] args) =>
        new(DesignTime.Options<TenantDb>(args, "tenant"));
}
