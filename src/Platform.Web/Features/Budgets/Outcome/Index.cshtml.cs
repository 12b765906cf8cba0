using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Infrastructure;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Budgets.Outcome;

/// <summary>The outcome from the accounting system: read a SIE 4 file, see what was read and what is not mapped, remove an import; outcome by hand.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Reader)]
internal sealed class IndexModel(OutcomeImports imports, OutcomeEntries entries, TenantDb db, TimeProvider clock) : OutcomePageModel
{
    public List<ImportSummary> Imports { get; private set; } = [];
    public ImportSummary? Imported { get; private set; }
    public List<EntryView> Entries { get; private set; } = [];
    [BindProperty(SupportsGet = true, Name = "ar")] public int? Year { get; set; }
    public EntryInput Entry { get; set; } = new();

    public int ShownYear => Year is { } y && BudgetYears.InRange(y) ? y : SwedishTime.Today(clock).Year;

    private async Task LoadAsync(CancellationToken ct)
    {
        Imports = await imports.ListAsync(ct);
        Entries = await entries.ListAsync(ShownYear, ct);
        await LoadItemsAsync(db, ct);
    }

    public async Task OnGetAsync(Guid? andra, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (andra is { } id && await entries.GetAsync(id, ct) is { } e)
            Entry = new EntryInput { ItemId = e.ItemId.ToString(), Year = e.Year, Month = e.Month, Amount = e.Amount.ToString("N0", SwedishTime.Culture), Note = e.Note };
        else Entry = new EntryInput { Year = ShownYear };
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (!IsAdmin) return Forbid();
        ModelState.Clear();
        byte[] content = [];
        if (file is { Length: > 0 and <= OutcomeImports.MaxFileBytes })
        {
            using var copy = new MemoryStream();
            await file.CopyToAsync(copy, ct);
            content = copy.ToArray();
        }
        else if (file is { Length: > OutcomeImports.MaxFileBytes }) content = new byte[OutcomeImports.MaxFileBytes + 1];
        var result = await imports.ImportAsync(content, file?.FileName ?? "", User.ActorName()!, ct);
        if (result.Succeeded)
        {
            // Stay on the page: what was read, and what is not mapped, is shown at once.
            Imported = result.Value;
            Done = "sie";
            await LoadAsync(ct);
            Entry = new EntryInput { Year = ShownYear };
            return Page();
        }
        return await AnswerAsync(result, "Import", "sie", async () => { await LoadAsync(ct); Entry = new EntryInput { Year = ShownYear }; });
    }

    public async Task<IActionResult> OnPostDeleteImportAsync(Guid importId, CancellationToken ct)
    {
        if (!IsAdmin) return Forbid();
        return await AnswerAsync(await imports.DeleteAsync(importId, ct), "Import", "sie-borttagen", () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostEntryAsync([Bind(Prefix = nameof(Entry))] EntryInput input, CancellationToken ct)
    {
        if (!IsAdmin) return Forbid();
        ModelState.Clear();
        Entry = input;
        var result = await entries.SaveAsync(input, User.ActorName()!, ct);
        if (result.Succeeded) return RedirectToPage(null, null, new { klart = "utfall", ar = result.Value!.Year }, "hand");
        return await AnswerAsync(result, nameof(Entry), "utfall", () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostDeleteEntryAsync(Guid entryId, CancellationToken ct)
    {
        if (!IsAdmin) return Forbid();
        var entry = await entries.GetAsync(entryId, ct);
        var result = await entries.DeleteAsync(entryId, ct);
        if (result.Succeeded) return RedirectToPage(null, null, new { klart = "utfall-borttaget", ar = entry!.Year }, "hand");
        return await AnswerAsync(result, nameof(Entry), "utfall-borttaget", () => LoadAsync(ct));
    }
}
