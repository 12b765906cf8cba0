using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Platform.Persistence;

/// <summary>
/// The platform's own database: the tenant registry, identity, OpenIddict and the data protection
/// keys that every instance of the platform shares. The model is contributed by the host (see
/// Platform.Web's PlatformModelCustomizer), so that each feature keeps its entities in its own folder.
/// </summary>
public sealed class CatalogDb(DbContextOptions<CatalogDb> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
}
