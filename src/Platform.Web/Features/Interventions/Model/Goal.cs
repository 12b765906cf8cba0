namespace Platform.Features.Interventions.Model;

/// <summary>A goal of an intervention with its indicator and target ("25 % har börjat arbeta eller studera efter avslutad insats").</summary>
internal sealed class Goal
{
    public Guid Id { get; init; }
    public Guid InterventionId { get; init; }
    public int Order { get; set; }
    /// <summary>The goal, e.g. "Arbete och studier efter avslutad insats".</summary>
    public required string Text { get; set; }
    /// <summary>The indicator, e.g. "Andel av de avslutade som börjat arbeta eller studera".</summary>
    public string? Indicator { get; set; }
    /// <summary>The target value, in percent for a share, a number otherwise; null when the goal has no figure.</summary>
    public decimal? Target { get; set; }
    public GoalMeasure Measure { get; set; }
}
