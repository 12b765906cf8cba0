using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Platform.Infrastructure.Persistence;

/// <summary>
/// The single row in every tenant database that changes with every write to it (issue 24): whoever
/// writes, in whichever instance, through <c>SaveChanges</c> (<see cref="ChangeStampOnSave"/>, in the
/// same transaction) or a bulk update, delete or raw statement (<see cref="ChangeStampOnCommand"/>).
/// A read cached under one stamp is therefore known to be stale as soon as the stamp differs
/// (<see cref="TenantReadCache"/>). Its value means nothing but "different from before".
/// </summary>
internal sealed class ChangeStamp
{
    public const int SingletonId = 1;
    public const string TableName = "ChangeStamp";

    public int Id { get; init; } = SingletonId;
    public long Stamp { get; set; }

    /// <summary>What every tenant context needs so that its writes change the stamp: for a pool's options and a provisioning context's alike.</summary>
    public static readonly IInterceptor[] Interceptors = [ChangeStampOnSave.Instance, ChangeStampOnCommand.Instance];

    /// <summary>A new value: random, so that two instances never agree on one by counting.</summary>
    public static long Next() => Random.Shared.NextInt64(1, long.MaxValue);
}
