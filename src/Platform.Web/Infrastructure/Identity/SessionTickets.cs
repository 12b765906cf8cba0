using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Platform.Persistence;

namespace Platform.Infrastructure.Identity;

/// <summary>
/// The cookie's session store: the ticket stays in the catalog and the cookie carries a random key.
/// "Logga ut" removes the record, so a copied cookie stops working with the original (issue 20, 8).
/// A changed password, a removed membership or a changed role still act through
/// <see cref="SessionCookieEvents"/>; the nightly <see cref="TokenPruningJob"/> removes expired records.
/// Each call has its own context from the catalog's pool, so a session write never saves the request's
/// other changes. The lookup every signed-in request makes is a compiled query (issue 24).
/// </summary>
internal sealed class SessionTickets(IDbContextFactory<CatalogDb> catalog, TimeProvider clock) : ITicketStore
{
    private static readonly Func<CatalogDb, string, DateTime, CancellationToken, Task<byte[]?>> LiveTicket =
        EF.CompileAsyncQuery((CatalogDb db, string id, DateTime now, CancellationToken _) =>
            db.Set<WebSession>().AsNoTracking().Where(s => s.Id == id && s.ExpiresAt > now).Select(s => s.Ticket).FirstOrDefault());

    // On an association's host: the live session with its user's membership there (if any), in one query.
    private static readonly Func<CatalogDb, string, DateTime, Guid, CancellationToken, Task<SessionRow?>> LiveSessionWithMember =
        EF.CompileAsyncQuery((CatalogDb db, string id, DateTime now, Guid tenant, CancellationToken _) =>
            (from s in db.Set<WebSession>().AsNoTracking()
             where s.Id == id && s.ExpiresAt > now
             join m in db.Set<Membership>().AsNoTracking().Where(m => m.TenantId == tenant) on s.UserId equals (Guid?)m.UserId into memberships
             from m in memberships.DefaultIfEmpty()
             select new SessionRow(s.Ticket, s.UserId, m == null ? null : m.User, m == null ? null : m.Role)).FirstOrDefault());

    private sealed record SessionRow(byte[] Ticket, Guid? UserId, PlatformUser? User, string? Role);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var key = SecretTokens.New();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        db.WebSessions.Add(new WebSession
        {
            Id = SecretTokens.Hash(key),
            UserId = ticket.Principal.UserId(),
            TenantId = ticket.Principal.TenantOf()?.Value,
            Ticket = TicketSerializer.Default.Serialize(ticket),
            CreatedAt = now,
            ExpiresAt = ExpiresAt(ticket, now),
        });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        // Only a live session is renewed: one that was signed out stays ended, even if a request
        // that read it before the sign-out renews it after.
        var id = SecretTokens.Hash(key);
        var bytes = TicketSerializer.Default.Serialize(ticket);
        var expires = ExpiresAt(ticket, clock.GetUtcNow().UtcDateTime);
        var userId = ticket.Principal.UserId();
        var tenantId = ticket.Principal.TenantOf()?.Value;
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        await db.WebSessions.Where(s => s.Id == id)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Ticket, bytes)
                .SetProperty(x => x.ExpiresAt, expires)
                .SetProperty(x => x.UserId, userId)
                .SetProperty(x => x.TenantId, tenantId), cancellationToken);
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken)
    {
        var id = SecretTokens.Hash(key);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        var ticket = await LiveTicket(db, id, now, cancellationToken);
        return ticket is null ? null : TicketSerializer.Default.Deserialize(ticket);
    }

    /// <summary>
    /// What the cookie handler calls on every request. On an association's host the membership is read
    /// in the same query and left on the request as a <see cref="SessionMember"/>, so that
    /// <see cref="SessionCookieEvents"/> checks it without a second catalog query (issue 24).
    /// </summary>
    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        if (httpContext.HostOf().Tenant is not { } tenant) return await RetrieveAsync(key, cancellationToken);
        var id = SecretTokens.Hash(key);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        if (await LiveSessionWithMember(db, id, now, tenant.Id.Value, cancellationToken) is not { } row) return null;
        if (row.UserId is { } userId) httpContext.Features.Set(new SessionMember(userId, tenant.Id.Value, row.User, row.Role));
        return TicketSerializer.Default.Deserialize(row.Ticket);
    }

    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        var id = SecretTokens.Hash(key);
        await using var db = await catalog.CreateDbContextAsync(cancellationToken);
        await db.WebSessions.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
    }

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, CancellationToken.None);

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, CancellationToken.None);

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    public Task RemoveAsync(string key) => RemoveAsync(key, CancellationToken.None);

    // The cookie handler sets the ticket's expiry (sliding, renewed at half-time); a day is the fallback.
    private static DateTime ExpiresAt(AuthenticationTicket ticket, DateTime now) =>
        ticket.Properties.ExpiresUtc?.UtcDateTime ?? now.AddDays(1);
}
