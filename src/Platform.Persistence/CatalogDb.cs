using Microsoft.EntityFrameworkCore;

namespace Platform.Persistence;

/// <summary>
/// The platform's own database: the tenant registry and, later, identity and platform data.
/// The model is contributed by the host (see Platform.Web's PlatformModelCustomizer), so that each
/// feature keeps its entities in its own folder.
/// </summary>
public sealed class CatalogDb(DbContextOptions<CatalogDb> options) : DbContext(options);
