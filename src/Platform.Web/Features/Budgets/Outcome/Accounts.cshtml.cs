using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Budgets.Outcome;

/// <summary>The accounts of the imports and the budget line each goes to; a few empty rows map an account before any file has it.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Reader)]
internal sealed class AccountsModel(AccountMappings mappings, TenantDb db) : OutcomePageModel
{
    public const int BlankRows = 3;

    public List<AccountRow> Accounts { get; private set; } = [];
    public MappingInput Form { get; set; } = new();

    private async Task LoadAsync(CancellationToken ct)
    {
        Accounts = await mappings.ListAsync(ct);
        await LoadItemsAsync(db, ct);
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Form = new MappingInput
        {
            Rows = [.. Accounts.Select(a => new MappingRowInput { Account = a.Account, ItemId = a.ItemId?.ToString() }),
                .. Enumerable.Range(0, BlankRows).Select(_ => new MappingRowInput())],
        };
    }

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = nameof(Form))] MappingInput input, CancellationToken ct)
    {
        if (!IsAdmin) return Forbid();
        ModelState.Clear();
        Form = input;
        return await AnswerAsync(await mappings.SaveAsync(input, User.ActorName()!, ct), nameof(Form), "mappning", () => LoadAsync(ct));
    }
}
