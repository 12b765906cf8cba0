namespace Platform.Features.Board.Settings;

/// <summary>
/// How an association's board work runs by itself: when notices go out, when adjusters are
/// reminded, whether adjusted minutes are posted automatically and how long notices stay up after
/// the appeal period. One row per tenant database; the defaults hold until the kansli saves.
/// </summary>
internal sealed class BoardSettings
{
    public const int SingletonId = 1;
    public const int DefaultNoticeDays = 7;
    public const int DefaultAdjusterReminderDays = 3;

    public int Id { get; init; } = SingletonId;
    /// <summary>The kallelse goes out this many days before the meeting (at 07.00 Swedish time).</summary>
    public int NoticeDaysBefore { get; set; } = DefaultNoticeDays;
    /// <summary>An adjuster who has not approved is reminded every this many days.</summary>
    public int AdjusterReminderDays { get; set; } = DefaultAdjusterReminderDays;
    public PostingMode PostingMode { get; set; } = PostingMode.Automatic;
    /// <summary>Days a notice stays up after its earliest takedown day before it is taken down automatically.</summary>
    public int KeepPostingDays { get; set; }
}
