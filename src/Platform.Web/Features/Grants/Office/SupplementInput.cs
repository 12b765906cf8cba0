namespace Platform.Features.Grants.Office;

/// <summary>What the office asks the applicant to complete.</summary>
internal sealed class SupplementInput
{
    public string? Message { get; set; }
}
