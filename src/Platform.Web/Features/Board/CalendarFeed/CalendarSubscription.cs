namespace Platform.Features.Board.CalendarFeed;

/// <summary>
/// A person's calendar subscription: a secret address a calendar app reads without signing in. Only
/// the token's hash is stored; a new address replaces the old one, and a person who leaves the
/// association loses the feed at once, because every read checks the membership.
/// </summary>
internal sealed class CalendarSubscription
{
    public Guid Id { get; init; }
    /// <summary>The platform user (catalog) the feed belongs to.</summary>
    public Guid UserId { get; init; }
    public required string TokenHash { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime? LastReadAt { get; set; }
}
