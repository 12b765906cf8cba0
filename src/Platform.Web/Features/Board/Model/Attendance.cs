namespace Platform.Features.Board.Model;

/// <summary>One line of the attendance list.</summary>
internal sealed class Attendance
{
    public Guid Id { get; init; }
    public Guid MeetingId { get; init; }
    public int Order { get; set; }
    public required string Name { get; set; }
    public string? Organisation { get; set; }
    public AttendanceRole Role { get; set; }
    public bool Present { get; set; }
    /// <summary>For a substitute who served (tjänstgjorde): for whom.</summary>
    public string? ServingFor { get; set; }
    /// <summary>"Medverkar från § 1108", "närvarade som sakkunnig".</summary>
    public string? Note { get; set; }
}
