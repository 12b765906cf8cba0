namespace Platform.Features.Grants.Decision;

/// <summary>How many days after its period a report is due.</summary>
internal sealed class ReportDueInput
{
    public string? Days { get; set; }
}
