using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Platform.Infrastructure.Persistence;

/// <summary>
/// Gives the tenant database a new <see cref="ChangeStamp"/> in every <c>SaveChanges</c> that writes
/// anything: the stamp's update goes in the same batch and transaction as the changes, so a reader
/// never sees the new rows under the old stamp once the write has committed.
/// </summary>
internal sealed class ChangeStampOnSave : SaveChangesInterceptor
{
    public static readonly ChangeStampOnSave Instance = new();

    private ChangeStampOnSave() { }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Stamp(DbContext? context)
    {
        if (context is null || !context.ChangeTracker.HasChanges()) return;
        var entry = context.ChangeTracker.Entries<ChangeStamp>().FirstOrDefault() ?? context.Attach(new ChangeStamp());
        entry.Entity.Stamp = ChangeStamp.Next();
        entry.Property(s => s.Stamp).IsModified = true;
    }
}
