namespace Platform.Features.Grants.Apply;

/// <summary>A goal row of the form, with its indicator.</summary>
internal sealed class GoalInput
{
    public string? Text { get; set; }
    public string? Indicator { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(Indicator);
}
