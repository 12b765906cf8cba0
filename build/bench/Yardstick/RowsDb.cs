using Microsoft.EntityFrameworkCore;

namespace Yardstick;

public sealed class RowsDb(DbContextOptions<RowsDb> options) : DbContext(options)
{
    public DbSet<Row> Rows => Set<Row>();
}

public sealed class Row
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public long Amount { get; set; }
}
