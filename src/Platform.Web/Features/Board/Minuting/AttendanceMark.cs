namespace Platform.Features.Board.Minuting;

/// <summary>One line of the attendance list as the kansli marks it: present or not, and for a substitute whom they served for, from which paragraph.</summary>
internal sealed class AttendanceMark
{
    public Guid Id { get; set; }
    public bool Present { get; set; }
    /// <summary>The absent member's line (its id) the substitute served for.</summary>
    public string? ServingForId { get; set; }
    public int? FromParagraph { get; set; }
}
