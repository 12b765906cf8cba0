using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Features.Interventions.Model;
using Platform.Features.Members;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Interventions.Participants;

/// <summary>One participant record: its details, changed with the service's checks; the moves between member municipalities; the activity hours per month; and deletion after a confirmation.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Person)]
internal sealed class RecordModel(ParticipantAccess access, ParticipantRecords records) : ParticipantsPageModel, IEpisodeFormPage
{
    public Intervention Intervention { get; private set; } = null!;
    public EpisodeDto Current { get; private set; } = null!;
    public List<EndReason> Reasons { get; private set; } = [];
    public List<Member> Municipalities { get; private set; } = [];
    public List<Member> Parties { get; private set; } = [];
    public EpisodeForm Form { get; set; } = new();
    public MoveForm Move { get; set; } = new();
    public MonthForm Month { get; set; } = new();

    private async Task<bool> LoadAsync(Guid id, Guid episodeId, CancellationToken ct)
    {
        if (await access.RecordsOfAsync(id, User, ct) is not { } intervention) return false;
        Intervention = intervention;
        var found = await records.GetAsync(id, episodeId, User, ct);
        if (!found.Succeeded) return false;
        Current = found.Value!;
        Reasons = await records.ReasonsAsync(ct);
        if (Current.EndReasonId is { } reasonId && Reasons.All(r => r.Id != reasonId))
            Reasons.Add(new EndReason { Id = reasonId, Code = Current.EndReasonCode!, Name = Current.EndReason! + " (används inte längre)" });
        (Municipalities, Parties) = await records.MembersAsync(ct);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid episodeId, CancellationToken ct)
    {
        if (!await LoadAsync(id, episodeId, ct)) return NotFound();
        Form = EpisodeForm.From(Current);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid episodeId, [Bind(Prefix = nameof(Form))] EpisodeForm input, CancellationToken ct)
    {
        Form = input;
        ModelState.Clear();
        return await AnswerAsync(await records.UpdateAsync(id, episodeId, input.ToInput(), User, ct), nameof(Form), "sparad", () => LoadAsync(id, episodeId, ct));
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id, Guid episodeId, [Bind(Prefix = nameof(Move))] MoveForm input, CancellationToken ct)
    {
        Move = input;
        ModelState.Clear();
        return await AnswerAsync(await records.AddMoveAsync(id, episodeId, input.ToInput(), User, ct), nameof(Move), "flytt", () => ReloadAsync(id, episodeId, ct));
    }

    public async Task<IActionResult> OnPostRemoveMoveAsync(Guid id, Guid episodeId, Guid moveId, CancellationToken ct) =>
        await AnswerAsync(await records.RemoveMoveAsync(id, episodeId, moveId, User, ct), nameof(Move), "flytt-borttagen", () => ReloadAsync(id, episodeId, ct));

    public async Task<IActionResult> OnPostHoursAsync(Guid id, Guid episodeId, [Bind(Prefix = nameof(Month))] MonthForm input, CancellationToken ct)
    {
        Month = input;
        ModelState.Clear();
        return await AnswerAsync(await records.SetHoursAsync(id, episodeId, input.ToInput(), User, ct), nameof(Month), "timmar", () => ReloadAsync(id, episodeId, ct));
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, Guid episodeId, CancellationToken ct)
    {
        var outcome = await records.DeleteAsync(id, episodeId, User, ct);
        if (outcome.Succeeded) return RedirectToPage("Index", new { id, klart = "borttagen" });
        return NotFound();
    }

    /// <summary>After a refused move or month: the record as it is, with the details form filled from it.</summary>
    private async Task ReloadAsync(Guid id, Guid episodeId, CancellationToken ct)
    {
        if (await LoadAsync(id, episodeId, ct)) Form = EpisodeForm.From(Current);
    }
}
