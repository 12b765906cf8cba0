using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Persistence;

/// <summary>
/// <b>A second lock</b> behind the request gate and the job gate (ISOLATION.md 11 and 12): it never
/// chooses a tenant, it only refuses a database that is not the scope's.
/// Checks, on the first connection a tenant DbContext opens in each lease (<see cref="TenantDbPools"/>),
/// that the database's identity row names the tenant the context was created for. A catalog entry or
/// a file that points at another association's database fails loudly before a single row of it is read.
/// One instance per association's pool; which contexts have been checked in their current lease is kept
/// per context (<see cref="Forget"/> starts a lease), so the check costs one small query per scope.
/// </summary>
internal sealed class TenantDatabaseGuard(TenantInfo tenant) : DbConnectionInterceptor
{
    private static readonly object Verified = new();
    private readonly ConditionalWeakTable<DbContext, object> _verified = [];

    /// <summary>A new lease of a pooled context: its next connection is checked again.</summary>
    public void Forget(DbContext context) => _verified.Remove(context);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsVerified(eventData)) return;
        using var command = CreateCommand(connection);
        Verify(command.ExecuteScalar(), eventData);
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsVerified(eventData)) return;
        await using var command = CreateCommand(connection);
        Verify(await command.ExecuteScalarAsync(cancellationToken), eventData);
    }

    private bool IsVerified(ConnectionEndEventData eventData) =>
        eventData.Context is { } context && _verified.TryGetValue(context, out _);

    private static DbCommand CreateCommand(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"SELECT TenantId FROM {TenantIdentity.TableName} WHERE Id = {TenantIdentity.SingletonId}";
        return command;
    }

    private void Verify(object? stored, ConnectionEndEventData eventData)
    {
        var storedId = stored switch
        {
            Guid guid => guid,
            string text when Guid.TryParse(text, out var parsed) => parsed,
            _ => (Guid?)null,
        };
        if (storedId != tenant.Id.Value)
            throw new TenantDatabaseMismatchException(tenant, storedId);
        if (eventData.Context is { } context) _verified.AddOrUpdate(context, Verified);
    }
}
