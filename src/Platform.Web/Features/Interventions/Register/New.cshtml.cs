using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Features.Board;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Interventions.Register;

/// <summary>Adds an intervention: kind and ESF are chosen here, once.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Admin)]
internal sealed class NewModel(InterventionRegister register, BoardDecisions decisions) : InterventionsPageModel
{
    public InterventionForm Form { get; set; } = new() { Status = "planned" };
    public InterventionChoices Choices { get; private set; } = new([], []);

    private async Task LoadAsync(CancellationToken ct) => Choices = new(await register.PartiesAsync(ct), await decisions.ListAsync(ct));

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = nameof(Form))] InterventionForm input, CancellationToken ct)
    {
        Form = input;
        ModelState.Clear();
        var outcome = await register.CreateAsync(input.ToInput(creating: true), ct);
        if (outcome.Succeeded) return Redirect($"/insatser/{outcome.Value!.Id}?klart=skapad");
        return await AnswerAsync(outcome, nameof(Form), "skapad", () => LoadAsync(ct));
    }
}
