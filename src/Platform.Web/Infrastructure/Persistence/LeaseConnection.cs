using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Platform.Infrastructure.Persistence;

/// <summary>
/// Keeps a tenant context's connection open from its first query to the end of its lease (issue 24),
/// instead of opening and closing it around every query: on SQLite each open re-registers EF's SQL
/// functions on the native connection, a few per cent of a page of five queries.
/// <para>
/// Only the close between queries is skipped: the connection is still opened on the lease's first
/// query, so <see cref="TenantDatabaseGuard"/> still checks it there, and a failure still surfaces on
/// that read. When the lease ends the pool resets the context, which disposes the connection (back to
/// the provider's pool); the next lease opens, and is checked, again.
/// </para>
/// </summary>
internal sealed class LeaseConnection : DbConnectionInterceptor
{
    public static readonly LeaseConnection Instance = new();

    private LeaseConnection() { }

    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(InterceptionResult.Suppress());
}
