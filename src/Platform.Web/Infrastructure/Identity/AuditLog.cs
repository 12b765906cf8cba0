using Microsoft.EntityFrameworkCore;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// The audit log, in the catalog with the association's id (null for the platform's own events).
/// <see cref="Add"/> joins the caller's unit of work; <see cref="WriteAsync"/> saves at once;
/// <see cref="RecordAsync"/> records a change to the association's own data (in its database, so
/// after that save has succeeded) by the signed-in person or client, in the current association.
/// </summary>
internal sealed class AuditLog(CatalogDb db, TimeProvider clock, IHttpContextAccessor http, TenantContext tenants)
{
    /// <summary>Records a change made in the current association by whoever is signed in (a job: "system").</summary>
    public Task RecordAsync(string @event, string? subject, string? detail, CancellationToken ct) =>
        WriteAsync(tenants.Tenant?.Id, @event, http.HttpContext?.User.ActorName() ?? "system", subject, detail, ct);

    public void Add(TenantId? tenant, string @event, string? actor, string? subject, string? detail = null)
    {
        var ip = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        db.AuditEntries.Add(new AuditEntry
        {
            TenantId = tenant?.Value,
            At = clock.GetUtcNow().UtcDateTime,
            Event = @event,
            Actor = Truncate(actor, 256),
            Subject = Truncate(subject, 256),
            Detail = Truncate(detail, 1000),
            IpAddress = ip,
        });
    }

    public async Task WriteAsync(TenantId? tenant, string @event, string? actor, string? subject, string? detail, CancellationToken ct)
    {
        Add(tenant, @event, actor, subject, detail);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>One page of an association's log, newest first.</summary>
    public Task<List<AuditEntry>> PageAsync(TenantId tenant, int page, int pageSize, CancellationToken ct) =>
        db.AuditEntries.AsNoTracking()
            .Where(e => e.TenantId == tenant.Value)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip(Math.Max(0, page - 1) * pageSize).Take(pageSize)
            .ToListAsync(ct);

    public Task<int> CountAsync(TenantId tenant, CancellationToken ct) =>
        db.AuditEntries.CountAsync(e => e.TenantId == tenant.Value, ct);

    private static string? Truncate(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
