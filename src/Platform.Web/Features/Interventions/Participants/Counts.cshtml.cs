using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Features.Interventions.Model;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Interventions.Participants;

/// <summary>
/// An intervention's counts per period, for participants without consent and for structural
/// interventions: figures every person of the association may read (participant staff: their own
/// interventions), entered by admins and the intervention's participant staff.
/// </summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Person)]
internal sealed class CountsModel(ParticipantCounts counts, ParticipantRecords records) : ParticipantsPageModel
{
    public Intervention Intervention { get; private set; } = null!;
    public List<CountDto> Counts { get; private set; } = [];
    public List<EndReason> Reasons { get; private set; } = [];
    public bool MayChange { get; private set; }
    public bool KeepsRecords { get; private set; }
    public CountForm Form { get; set; } = new();

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await counts.ReadableAsync(id, User, ct) is not { } intervention) return false;
        Intervention = intervention;
        Counts = (await counts.ListAsync(id, User, ct)).Value!;
        Reasons = await records.ReasonsAsync(ct);
        MayChange = await counts.MayChangeAsync(id, User, ct);
        KeepsRecords = MayChange && User.IsInRole(Roles.ParticipantStaff);
        // One line per reason offered, keeping what was typed.
        var typed = Form.Ended.Where(e => e.Reason is not null).ToDictionary(e => e.Reason!, StringComparer.OrdinalIgnoreCase);
        Form.Ended = [.. Reasons.Select(r => typed.GetValueOrDefault(r.Id.ToString()) ?? new CountEndedForm { Reason = r.Id.ToString() })];
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, [Bind(Prefix = nameof(Form))] CountForm input, CancellationToken ct)
    {
        Form = input;
        ModelState.Clear();
        return await AnswerAsync(await counts.SaveAsync(id, input.ToInput(), User, ct), nameof(Form), "antal", () => LoadAsync(id, ct));
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, Guid countId, CancellationToken ct) =>
        await AnswerAsync(await counts.DeleteAsync(id, countId, User, ct), nameof(Form), "antal-borttagna", () => LoadAsync(id, ct));
}
