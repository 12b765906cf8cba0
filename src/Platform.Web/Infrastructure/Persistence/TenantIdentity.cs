namespace Platform.Infrastructure.Persistence;

/// <summary>
/// The single row in every tenant database that says whose database it is. Written once at
/// provisioning; checked on the first connection of every tenant DbContext (TenantDatabaseGuard).
/// </summary>
internal sealed class TenantIdentity
{
    public const int SingletonId = 1;
    public const string TableName = "TenantIdentity";

    public int Id { get; init; } = SingletonId;
    public Guid TenantId { get; init; }
    public required string Slug { get; init; }
    public DateTime CreatedAt { get; init; }
}
