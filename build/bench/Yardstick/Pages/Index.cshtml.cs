using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Yardstick.Pages;

public sealed class IndexModel(RowsDb db) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync() => Rows = await db.Rows.AsNoTracking().OrderBy(r => r.Id).ToListAsync();

    public IActionResult OnPost() => RedirectToPage();
}
