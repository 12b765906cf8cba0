using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Members;

/// <summary>One member party's details, changed with the register's checks. Leaving is a date, not a deletion.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Admin)]
internal sealed class EditModel(MemberRegister register) : MembersPageModel
{
    public MemberDto Current { get; private set; } = null!;
    public MemberForm Form { get; set; } = new();

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var found = await register.GetAsync(id, ct);
        if (!found.Succeeded) return false;
        Current = found.Value!;
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Form = MemberForm.From(Current);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, [Bind(Prefix = nameof(Form))] MemberForm input, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Form = input;
        ModelState.Clear();
        return await AnswerAsync(await register.UpdateAsync(id, input.ToInput(), ct), nameof(Form), "sparad", () => LoadAsync(id, ct));
    }
}
