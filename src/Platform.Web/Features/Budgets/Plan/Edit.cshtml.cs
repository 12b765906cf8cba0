using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Features.Budgets.Model;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using static Platform.Features.Budgets.Plan.PlanViews;

namespace Platform.Features.Budgets.Plan;

/// <summary>
/// Editing a version: a proposal's amounts per column (a linked line's column that its source gives is shown, not
/// entered), the opening balance of a first year, lines added and retired; an adopted version's forecast only.
/// </summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Admin)]
internal sealed class EditModel(BudgetPlans plans) : PlanPageModel
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    [BindProperty(SupportsGet = true)] public int Version { get; set; }

    public VersionItem View { get; private set; } = null!;
    public Dictionary<Guid, BudgetItem> Items { get; private set; } = [];
    public HashSet<(Guid ItemId, int Year)> Sourced { get; private set; } = [];
    public bool HasPrevious { get; private set; }
    public RowsInput Form { get; set; } = new();
    public ItemInput Line { get; set; } = new();

    public bool IsProposal => View.State == "förslag";

    public bool IsEditable => View.State != "ersatt";

    protected override string? SectionOf(string done) => done == "rad" ? "ny-rad" : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        return Page();
    }

    private static string? Text(long? amount) => amount?.ToString("N0", Infrastructure.SwedishTime.Culture);

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await plans.VersionAsync(Year, Version, ct) is not { } view) return false;
        View = view;
        Items = await plans.ItemsAsync(ct);
        Sourced = await plans.SourcedAsync(Year, ct);
        HasPrevious = await plans.HasPreviousAsync(Year, ct);
        if (Form.Rows.Count == 0)
        {
            // What is saved, unless the form being answered has its own (a save with field errors keeps what was typed).
            Form = new RowsInput
            {
                OpeningBalance = Text(View.OpeningBalanceEntered),
                Rows = [.. View.Rows.Select(r => new RowInput { ItemId = r.ItemId.ToString(), Amount = Text(r.Amount), Forecast = Text(r.Forecast), Plan1 = Text(r.Plan1), Plan2 = Text(r.Plan2) })],
            };
        }
        return true;
    }

    public async Task<IActionResult> OnPostSaveAsync([Bind(Prefix = nameof(Form))] RowsInput input, CancellationToken ct)
    {
        Form = input;
        ModelState.Clear();
        return await AnswerAsync(await plans.SaveRowsAsync(Year, Version, input, ct), nameof(Form), "sparad", () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostAddAsync([Bind(Prefix = nameof(Line))] ItemInput input, CancellationToken ct)
    {
        Line = input;
        ModelState.Clear();
        return await AnswerAsync(await plans.AddItemAsync(Year, Version, input, ct), nameof(Line), "rad", () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostRetireAsync(Guid itemId, CancellationToken ct)
    {
        return await AnswerAsync(await plans.RetireItemAsync(Year, Version, itemId, ct), "Retire", "borttagen", () => LoadAsync(ct));
    }

    /// <summary>The field errors of one row's column (the service's key "rows[i].amount").</summary>
    public IEnumerable<string> ErrorsOf(int index, string column) =>
        ModelState.TryGetValue($"Form.Rows[{index}].{column}", out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];

    public static string Id(int index, string column) => $"Form_Rows_{index.ToString(CultureInfo.InvariantCulture)}__{column}";

    /// <summary>Where to change a linked line's number.</summary>
    public static (string Text, string Link) SourceOf(BudgetItem item, int year) => item.MemberId is not null
        ? ("från avgiftsbeslutet", $"/avgifter/beslut/{year}")
        : ("från insatsregistret", $"/insatser/{item.InterventionId}");
}
