namespace Platform.Features.Interventions.Participants;

internal sealed class ReasonForm
{
    public string? Name { get; set; }
    public string? Group { get; set; }
}
