namespace Platform.Features.Interventions.Participants;

internal sealed class RetentionForm
{
    public string? RetentionYears { get; set; }
}
