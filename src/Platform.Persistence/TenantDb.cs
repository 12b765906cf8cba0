using Microsoft.EntityFrameworkCore;

namespace Platform.Persistence;

/// <summary>
/// One association's database. An instance can only be created inside a tenant scope: the host
/// registers it with a connection resolved from the current tenant and a guard that checks, on the
/// first connection, that the database belongs to that tenant.
/// </summary>
public sealed class TenantDb(DbContextOptions<TenantDb> options) : DbContext(options);
