namespace Platform.Features.Board.Model;

/// <summary>One line of the attendance list.</summary>
internal sealed class Attendance
{
    public Guid Id { get; init; }
    public Guid MeetingId { get; init; }
    public int Order { get; set; }
    public required string Name { get; set; }
    /// <summary>The person in the register the line was taken from (null for a name typed by hand).</summary>
    public Guid? ContactId { get; set; }
    /// <summary>The seat on the body the line was taken from (null for guests and staff).</summary>
    public Guid? SeatId { get; set; }
    public string? Organisation { get; set; }
    public AttendanceRole Role { get; set; }
    public bool Present { get; set; }
    /// <summary>For a substitute who served (tjänstgjorde): for whom.</summary>
    public string? ServingFor { get; set; }
    /// <summary>The absent member's line the substitute served for (<see cref="ServingFor"/> is the name the minutes print).</summary>
    public Guid? ServingForId { get; set; }
    /// <summary>The paragraph the substitute served from (null: the whole meeting).</summary>
    public int? ServingFromParagraph { get; set; }
    /// <summary>"Medverkar från § 1108", "närvarade som sakkunnig".</summary>
    public string? Note { get; set; }
}
