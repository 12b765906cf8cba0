namespace Platform.Features.Board.Minuting;

internal sealed class AttendanceInput
{
    public string? Name { get; set; }
    public string? Organisation { get; set; }
    public string? Role { get; set; }
    public bool Present { get; set; } = true;
    public string? ServingFor { get; set; }
    public string? Note { get; set; }
}
