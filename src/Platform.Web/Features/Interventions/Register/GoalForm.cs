namespace Platform.Features.Interventions.Register;

/// <summary>The goal form; <see cref="GoalId"/> is set when a goal is changed.</summary>
internal sealed class GoalForm
{
    public string? GoalId { get; set; }
    public string? Text { get; set; }
    public string? Indicator { get; set; }
    public string? Target { get; set; }
    public string? Measure { get; set; }

    public GoalInput ToInput() => new(Text, Indicator, FormNumbers.Decimal(Target), Measure);

    public static GoalForm From(GoalDto g) => new()
    {
        GoalId = g.Id.ToString(),
        Text = g.Text,
        Indicator = g.Indicator,
        Target = g.Target is { } t ? FormNumbers.Plain(t) : null,
        Measure = g.Measure,
    };
}
