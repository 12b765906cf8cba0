using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Platform.Infrastructure.Persistence;

/// <summary>
/// Gives the tenant database a new <see cref="ChangeStamp"/> after a write that does not go through
/// <c>SaveChanges</c>: <c>ExecuteUpdate</c>, <c>ExecuteDelete</c> and raw statements that changed a
/// row. The stamp is written on the same connection and in the same transaction, if there is one,
/// after the change itself; a reader that read the old stamp before the change may cache what it then
/// reads under that old stamp, which the next reader no longer matches.
/// </summary>
internal sealed class ChangeStampOnCommand : DbCommandInterceptor
{
    public static readonly ChangeStampOnCommand Instance = new();

    private ChangeStampOnCommand() { }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        if (Wrote(eventData, result))
        {
            using var stamp = StampCommand(command);
            stamp.ExecuteNonQuery();
        }
        return result;
    }

    public override async ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Wrote(eventData, result))
        {
            await using var stamp = StampCommand(command);
            await stamp.ExecuteNonQueryAsync(cancellationToken);
        }
        return result;
    }

    // SaveChanges stamps in its own batch (ChangeStampOnSave); migrations run before the table exists.
    private static bool Wrote(CommandExecutedEventData eventData, int result) =>
        result > 0 && eventData.CommandSource is not (CommandSource.SaveChanges or CommandSource.Migrations);

    private static DbCommand StampCommand(DbCommand changed)
    {
        var command = changed.Connection!.CreateCommand();
        command.Transaction = changed.Transaction;
        command.CommandText = $"UPDATE {ChangeStamp.TableName} SET Stamp = @stamp WHERE Id = {ChangeStamp.SingletonId}";
        var stamp = command.CreateParameter();
        stamp.ParameterName = "@stamp";
        stamp.Value = ChangeStamp.Next();
        command.Parameters.Add(stamp);
        return command;
    }
}
