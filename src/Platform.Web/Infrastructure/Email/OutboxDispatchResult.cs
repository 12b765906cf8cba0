namespace Platform.Infrastructure.Email;

/// <summary>What one dispatcher run did for one association.</summary>
internal sealed record OutboxDispatchResult(int Sent, int Refused, int Dead, int Waiting, int Abandoned)
{
    public static readonly OutboxDispatchResult Nothing = new(0, 0, 0, 0, 0);
}
