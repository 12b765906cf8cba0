namespace Platform.Features.Board.Minuting;

/// <summary>A line added to the attendance list: a person chosen from the register (<see cref="ContactId"/>), or, as a fallback, a name typed by hand.</summary>
internal sealed class AttendanceInput
{
    public string? ContactId { get; set; }
    public string? Name { get; set; }
    public string? Organisation { get; set; }
    public string? Role { get; set; }
    public bool Present { get; set; } = true;
    public string? ServingFor { get; set; }
    public string? Note { get; set; }
}
