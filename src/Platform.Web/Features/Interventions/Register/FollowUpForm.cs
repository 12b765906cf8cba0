namespace Platform.Features.Interventions.Register;

/// <summary>The form for a goal's follow-up in a report period.</summary>
internal sealed class FollowUpForm
{
    public string? GoalId { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Status { get; set; }
    public string? Value { get; set; }
    public string? Comment { get; set; }

    public FollowUpInput ToInput() => new(From, To, Status, FormNumbers.Decimal(Value), Comment);
}
