namespace Platform.Features.Grants.Decision;

/// <summary>Who adjusts the decision's paragraph alone when the chair does not take part: a line of the attendance list.</summary>
internal sealed class AdjusterChoiceInput
{
    public string? AttendanceId { get; set; }
}
