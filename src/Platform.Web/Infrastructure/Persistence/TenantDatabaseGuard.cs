using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Platform.Infrastructure.Tenancy;

namespace Platform.Infrastructure.Persistence;

/// <summary>
/// <b>A second lock</b> behind the request gate and the job gate (ISOLATION.md 11 and 12): it never
/// chooses a tenant, it only refuses a database that is not the scope's.
/// Checks, on the first connection a tenant DbContext opens, that the database's identity row names
/// the tenant the context was created for. A catalog entry or a file that points at another
/// association's database fails loudly before a single row of it is read.
/// One instance per DbContext instance (per scope), so the check costs one small query per scope.
/// </summary>
internal sealed class TenantDatabaseGuard(TenantInfo tenant) : DbConnectionInterceptor
{
    private bool _verified;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (_verified) return;
        using var command = CreateCommand(connection);
        Verify(command.ExecuteScalar());
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (_verified) return;
        await using var command = CreateCommand(connection);
        Verify(await command.ExecuteScalarAsync(cancellationToken));
    }

    private static DbCommand CreateCommand(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"SELECT TenantId FROM {TenantIdentity.TableName} WHERE Id = {TenantIdentity.SingletonId}";
        return command;
    }

    private void Verify(object? stored)
    {
        var storedId = stored switch
        {
            Guid guid => guid,
            string text when Guid.TryParse(text, out var parsed) => parsed,
            _ => (Guid?)null,
        };
        if (storedId != tenant.Id.Value)
            throw new TenantDatabaseMismatchException(tenant, storedId);
        _verified = true;
    }
}
