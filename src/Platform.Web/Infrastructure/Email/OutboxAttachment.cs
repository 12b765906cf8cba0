namespace Platform.Infrastructure.Email;

/// <summary>A file sent with an outbox message, stored inline in the tenant database.</summary>
internal sealed class OutboxAttachment
{
    public Guid Id { get; init; }
    public Guid MessageId { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public required byte[] Content { get; init; }
}
