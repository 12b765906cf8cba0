namespace Platform.Features.Grants.Decision;

/// <summary>The board meeting an application goes to.</summary>
internal sealed class ToBoardInput
{
    public string? MeetingId { get; set; }
}
