namespace Platform.Features.Interventions.Participants;

internal sealed class CountEndedForm
{
    public string? Reason { get; set; }
    public string? Women { get; set; }
    public string? Men { get; set; }
}
