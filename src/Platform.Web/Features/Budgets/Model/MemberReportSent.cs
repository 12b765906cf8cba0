namespace Platform.Features.Budgets.Model;

/// <summary>The annual report to a member for a year, queued once (member + year is the key).</summary>
internal sealed class MemberReportSent
{
    public Guid MemberId { get; init; }
    public int Year { get; init; }
    public DateTime QueuedAt { get; init; }
    /// <summary>Where it went.</summary>
    public required string Email { get; init; }
}
