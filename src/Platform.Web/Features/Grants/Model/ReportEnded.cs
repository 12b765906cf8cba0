namespace Platform.Features.Grants.Model;

/// <summary>Participants who ended during the period for one reason (the intervention feature's reason code), by gender.</summary>
internal sealed class ReportEnded
{
    public Guid ReportId { get; init; }
    /// <summary>The reason's code ("work", "studies", …) as Interventions names them.</summary>
    public required string ReasonCode { get; init; }
    public int Women { get; set; }
    public int Men { get; set; }
}
