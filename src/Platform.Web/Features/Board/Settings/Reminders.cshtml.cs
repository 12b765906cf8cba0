using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Board.Settings;

/// <summary>The association's choices for notices, adjustment reminders, posting and takedown, with the legal rule beside each.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Admin)]
internal sealed class RemindersModel(BoardSettingsStore settings) : BoardPageModel
{
    public BoardSettingsInput Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var current = await settings.GetAsync(ct);
        Form = new BoardSettingsInput
        {
            NoticeDaysBefore = current.NoticeDaysBefore,
            AdjusterReminderDays = current.AdjusterReminderDays,
            PostingMode = current.PostingMode.ToString(),
            KeepPostingDays = current.KeepPostingDays,
        };
    }

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = nameof(Form))] BoardSettingsInput input, CancellationToken ct)
    {
        Form = input;
        // The store checks every field and answers in Swedish; the binder's English "not valid" goes.
        ModelState.Clear();
        return await AnswerAsync(await settings.SaveAsync(input, ct), nameof(Form), "installningar", () => Task.CompletedTask);
    }
}
