namespace Platform.Features.Board.Settings;

internal sealed class BoardSettingsInput
{
    public int? NoticeDaysBefore { get; set; }
    public int? AdjusterReminderDays { get; set; }
    /// <summary>Automatic or Remind.</summary>
    public string? PostingMode { get; set; }
    public int? KeepPostingDays { get; set; }
}
