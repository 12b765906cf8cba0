namespace Platform.Features.Board.Settings;

/// <summary>The API of the board's settings: notices, reminders, posting.</summary>
internal static class BoardSettingsApi
{
    public static RouteGroupBuilder MapBoardSettingsApi(this RouteGroupBuilder api)
    {
        var settings = api.MapGroup("").WithTags("Board settings");
        settings.MapGet("board-settings", async (BoardSettingsStore s, CancellationToken ct) => TypedResults.Ok(await s.GetAsync(ct)))
            .Reads("When notices go out, when adjusters are reminded, whether adjusted minutes are posted automatically, how long notices stay up.");
        settings.MapPut("board-settings", async (BoardSettingsInput input, BoardSettingsStore s, CancellationToken ct) => (await s.SaveAsync(input, ct)).Answer(Or.Invalid))
            .Writes("Saves the settings: noticeDaysBefore 1–30, adjusterReminderDays 1–13, postingMode Automatic or Remind, keepPostingDays 0–90.");
        return api;
    }
}
