namespace Platform.Features.Board.Minuting;

internal sealed class AttendanceMarksInput
{
    public List<AttendanceMark> Lines { get; set; } = [];
}
