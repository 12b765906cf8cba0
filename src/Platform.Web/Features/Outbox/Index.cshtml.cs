using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Outbox;

/// <summary>The association's outbox: every email it has sent or is about to, with search and filters.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Admin)]
internal sealed class IndexModel(TenantDb db) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "status")] public string? Filter { get; set; }
    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "sida")] public int PageNumber { get; set; } = 1;

    public IReadOnlyDictionary<OutboxStatus, int> Counts { get; private set; } = new Dictionary<OutboxStatus, int>();
    public IReadOnlyList<OutboxMessage> Messages { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Counts = await db.OutboxMessages.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);

        var query = db.OutboxMessages.AsNoTracking();
        var filter = OutboxLabels.Filters.FirstOrDefault(f => f.Value == Filter);
        if (filter.Statuses is { } statuses) query = query.Where(m => statuses.Contains(m.Status));
        else Filter = null;
        if (!string.IsNullOrWhiteSpace(Query))
        {
            Query = Query.Trim();
            var pattern = $"%{Query.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)}%";
            query = query.Where(m => EF.Functions.Like(m.To, pattern, "\\") || EF.Functions.Like(m.Subject, pattern, "\\"));
        }

        Total = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Messages = await query.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
    }

    public int CountOf(params OutboxStatus[] statuses) => statuses.Sum(s => Counts.GetValueOrDefault(s));

    /// <summary>This page with another filter or page, keeping the search.</summary>
    public string Link(string? filter, int page = 1)
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        if (filter is not null) parameters.Add(new("status", filter));
        if (!string.IsNullOrEmpty(Query)) parameters.Add(new("q", Query));
        if (page > 1) parameters.Add(new("sida", page.ToString(CultureInfo.InvariantCulture)));
        return "/admin/utkorg" + QueryString.Create(parameters);
    }
}
