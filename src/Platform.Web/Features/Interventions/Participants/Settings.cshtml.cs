using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Features.Interventions.Model;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Interventions.Participants;

/// <summary>For admins: the association's reasons for ending and how many years participant records are kept after their end.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Admin)]
internal sealed class SettingsModel(ParticipantSettings settings) : ParticipantsPageModel
{
    public List<EndReason> Reasons { get; private set; } = [];
    public int RetentionYears { get; private set; }
    public ReasonForm Reason { get; set; } = new();
    public RetentionForm Retention { get; set; } = new();
    /// <summary>The reason whose rename was refused, with what was typed.</summary>
    public Guid? Renaming { get; private set; }
    public ReasonForm Rename { get; set; } = new();

    private async Task LoadAsync(CancellationToken ct)
    {
        Reasons = await settings.ReasonsAsync(ct);
        RetentionYears = await settings.RetentionYearsAsync(ct);
        Retention.RetentionYears ??= RetentionYears.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAddAsync([Bind(Prefix = nameof(Reason))] ReasonForm input, CancellationToken ct)
    {
        Reason = input;
        ModelState.Clear();
        return await AnswerAsync(await settings.AddReasonAsync(new ReasonInput(input.Name, input.Group), ct), nameof(Reason), "orsak", () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostRenameAsync(Guid reasonId, [Bind(Prefix = nameof(Rename))] ReasonForm input, CancellationToken ct)
    {
        Rename = input;
        Renaming = reasonId;
        ModelState.Clear();
        return await AnswerAsync(await settings.ChangeReasonAsync(reasonId, new ReasonInput(input.Name, input.Group), ct), nameof(Rename), "orsak-sparad", () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostRetireAsync(Guid reasonId, bool retire, CancellationToken ct) =>
        await AnswerAsync(await settings.RetireAsync(reasonId, retire, ct), nameof(Reason), retire ? "orsak-ur-bruk" : "orsak-i-bruk", () => LoadAsync(ct));

    public async Task<IActionResult> OnPostRetentionAsync([Bind(Prefix = nameof(Retention))] RetentionForm input, CancellationToken ct)
    {
        Retention = input;
        ModelState.Clear();
        int? years = int.TryParse(input.RetentionYears?.Trim(), out var y) ? y : null;
        return await AnswerAsync(await settings.SetRetentionAsync(years, ct), nameof(Retention), "gallring", () => LoadAsync(ct));
    }
}
