using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Infrastructure;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Members;

/// <summary>The member register for the office: every member party, and a form to add one.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Admin)]
internal sealed class IndexModel(MemberRegister register, TimeProvider clock) : MembersPageModel
{
    public List<MemberDto> Members { get; private set; } = [];
    public MemberForm Form { get; set; } = new();
    public DateOnly Today { get; private set; }

    private async Task LoadAsync(CancellationToken ct)
    {
        Today = SwedishTime.Today(clock);
        Members = await register.ListAsync(ct);
    }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = nameof(Form))] MemberForm input, CancellationToken ct)
    {
        Form = input;
        ModelState.Clear();
        return await AnswerAsync(await register.CreateAsync(input.ToInput(), ct), nameof(Form), "tillagd", () => LoadAsync(ct));
    }
}
