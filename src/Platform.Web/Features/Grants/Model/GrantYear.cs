namespace Platform.Features.Grants.Model;

/// <summary>The amount granted for one year, in whole kronor.</summary>
internal sealed class GrantYear
{
    public Guid ApplicationId { get; init; }
    public int Year { get; init; }
    public long Amount { get; set; }
}
