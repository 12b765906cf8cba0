using Microsoft.EntityFrameworkCore;
using Yardstick;

var builder = WebApplication.CreateBuilder(args);
var database = Path.Combine(builder.Configuration["DataDirectory"] ?? Path.GetTempPath(), "yardstick.db");
builder.Services.AddRazorPages();
builder.Services.AddDbContext<RowsDb>(options => options.UseSqlite($"Data Source={database}"));

var app = builder.Build();
using (var scope = app.Services.CreateScope())
{
    var db = scope.ServiceProvider.GetRequiredService<RowsDb>();
    await db.Database.EnsureDeletedAsync();
    await db.Database.EnsureCreatedAsync();
    db.Rows.AddRange(Enumerable.Range(1, 9).Select(i => new Row { Id = i, Name = $"Rad {i}", Amount = i * 1000 }));
    await db.SaveChangesAsync();
}

app.MapRazorPages();
app.Run();
