using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Features.Interventions.Model;
using Platform.Features.Members;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Interventions.Participants;

/// <summary>
/// An intervention's participant records, for its participant staff: the list with the day each
/// will be deleted, and a form to add one. Everyone else is told the page does not exist.
/// </summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Person)]
internal sealed class IndexModel(ParticipantAccess access, ParticipantRecords records) : ParticipantsPageModel, IEpisodeFormPage
{
    public Intervention Intervention { get; private set; } = null!;
    public List<EpisodeDto> Episodes { get; private set; } = [];
    public List<EndReason> Reasons { get; private set; } = [];
    public List<Member> Municipalities { get; private set; } = [];
    public List<Member> Parties { get; private set; } = [];
    public EpisodeForm Form { get; set; } = new();

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await access.RecordsOfAsync(id, User, ct) is not { } intervention) return false;
        Intervention = intervention;
        var list = await records.ListAsync(id, User, ct);
        if (!list.Succeeded) return false;
        Episodes = list.Value!;
        Reasons = await records.ReasonsAsync(ct);
        (Municipalities, Parties) = await records.MembersAsync(ct);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, [Bind(Prefix = nameof(Form))] EpisodeForm input, CancellationToken ct)
    {
        if (await access.RecordsOfAsync(id, User, ct) is null) return NotFound();
        Form = input;
        ModelState.Clear();
        var outcome = await records.CreateAsync(id, input.ToInput(), User, ct);
        if (outcome.Succeeded) return RedirectToPage("Record", new { id, episodeId = outcome.Value!.Id, klart = "tillagd" });
        return await AnswerAsync(outcome, nameof(Form), "tillagd", () => LoadAsync(id, ct));
    }
}
