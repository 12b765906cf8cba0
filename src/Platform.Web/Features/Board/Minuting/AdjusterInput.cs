namespace Platform.Features.Board.Minuting;

/// <summary>An adjuster chosen among those present (<see cref="AttendanceId"/>); their email comes from the register.</summary>
internal sealed class AdjusterInput
{
    public string? AttendanceId { get; set; }
    /// <summary>Without <see cref="AttendanceId"/> (the API of before): the name of someone present.</summary>
    public string? Name { get; set; }
    /// <summary>Only for someone present who is not in the register.</summary>
    public string? Email { get; set; }
    public string? Scope { get; set; }
}
