using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Features.Board;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Interventions.Register;

/// <summary>Changes an intervention's details; kind and ESF are shown, not offered.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Admin)]
internal sealed class EditModel(InterventionRegister register, BoardDecisions decisions) : InterventionsPageModel
{
    public InterventionDto Current { get; private set; } = null!;
    public InterventionForm Form { get; set; } = new();
    public InterventionChoices Choices { get; private set; } = new([], []);

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var found = await register.GetAsync(User, id, ct);
        if (!found.Succeeded) return false;
        Current = found.Value!;
        Choices = new(await register.PartiesAsync(ct), await decisions.ListAsync(ct));
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Form = InterventionForm.From(Current);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, [Bind(Prefix = nameof(Form))] InterventionForm input, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        // Kind and ESF are not in the form; a posted one must be what it is (the register says so beside the field).
        input.EsfCoFinanced = Request.Form.ContainsKey("Form.EsfCoFinanced") ? input.EsfCoFinanced : Current.EsfCoFinanced;
        var posted = input.ToInput(creating: false) with
        {
            Kind = Request.Form.TryGetValue("Form.Kind", out var kind) ? kind.ToString() : null,
            EsfCoFinanced = Request.Form.ContainsKey("Form.EsfCoFinanced") ? input.EsfCoFinanced : null,
        };
        input.Kind = Current.Kind;
        Form = input;
        ModelState.Clear();
        var outcome = await register.UpdateAsync(id, posted, ct);
        if (outcome.Succeeded) return Redirect($"/insatser/{id}?klart=sparad");
        return await AnswerAsync(outcome, nameof(Form), "sparad", () => LoadAsync(id, ct));
    }
}
