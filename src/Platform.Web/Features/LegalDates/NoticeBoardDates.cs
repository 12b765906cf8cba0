namespace Platform.Features.LegalDates;

/// <summary>
/// The dates of an adjusted set of minutes on the digital notice board (Kommunallagen 2017:725,
/// shared/DOMAIN.md): when the adjustment must be posted, the last day to appeal, and the first
/// day the notice may come down.
/// </summary>
internal static class NoticeBoardDates
{
    /// <summary>The posting deadline: the second day after adjustment (KL 8 kap 12 §), moved to the next weekday.</summary>
    public static DateOnly PostingDeadline(DateOnly adjustedOn) => SwedishHolidays.ThisOrNextWeekday(adjustedOn.AddDays(2));

    /// <summary>The last appeal day: three weeks from the posting day (KL 13 kap 5 §), the same weekday, moved to the next weekday.</summary>
    public static DateOnly LastAppealDay(DateOnly postedOn) => SwedishHolidays.ThisOrNextWeekday(postedOn.AddDays(21));

    /// <summary>The notice stays up through the whole last appeal day: the earliest takedown is the day after.</summary>
    public static DateOnly EarliestTakedown(DateOnly postedOn) => LastAppealDay(postedOn).AddDays(1);
}
