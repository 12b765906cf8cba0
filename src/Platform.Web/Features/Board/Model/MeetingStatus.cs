namespace Platform.Features.Board.Model;

internal enum MeetingStatus
{
    Planned,
    NoticeSent,
    Held,
    Cancelled,
}
