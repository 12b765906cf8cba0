namespace Platform.Features.Board.Notices;

internal enum NoticeKind
{
    /// <summary>The first kallelse.</summary>
    Notice,
    /// <summary>Ändrad kallelse: the time, the place or the agenda changed after the first.</summary>
    Update,
    /// <summary>The meeting is cancelled after a notice went out.</summary>
    Cancellation,
}
