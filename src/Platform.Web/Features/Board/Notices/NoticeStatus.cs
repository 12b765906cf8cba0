namespace Platform.Features.Board.Notices;

/// <summary>Where a meeting's notice stands: when it is due, what is pending, when it went out, and to whom it goes.</summary>
internal sealed record NoticeStatus(DateTime DueAt, int DaysBefore, NoticeKind? Pending, DateTime? SentAt, int Sequence, int? SentSequence, IReadOnlyList<NoticeRecipient> Recipients);
