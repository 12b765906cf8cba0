using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Features.Board;
using Platform.Features.Budgets.Model;
using Platform.Features.Budgets.Sheet;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using static Platform.Features.Budgets.Plan.PlanViews;

namespace Platform.Features.Budgets.Plan;

/// <summary>A year's budget as the paper lays it out, its versions, adoption and revision, and the parties' offers beside it.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Reader)]
internal sealed class YearModel(BudgetPlans plans, BudgetOffers offers, PlanSettings settings) : PlanPageModel
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "version")] public int? Version { get; set; }

    public BudgetSheet Sheet { get; private set; } = null!;
    public List<Budget> Versions { get; private set; } = [];
    public OffersItem Offers { get; private set; } = null!;
    public SettingsItem Settings { get; private set; } = null!;
    public List<BoardDecision> Paragraphs { get; private set; } = [];
    public string? ParagraphLink { get; private set; }
    public AdoptInput Adopt { get; set; } = new();
    public OffersInput OfferForm { get; set; } = new();

    /// <summary>The version in force (the one the API reads), for "ersatt" and the link back.</summary>
    public Budget? InForce => BudgetSheets.Current(Versions);

    public bool IsInForce => InForce?.Id == Sheet.Budget.Id;

    protected override string? SectionOf(string done) => done == "bud" ? "bud" : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        OfferForm = new OffersInput { State = Text(Offers.State), Region = Text(Offers.Region), Municipalities = Text(Offers.Municipalities) };
        Adopt = new AdoptInput { AdoptedOn = plans.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
        return Page();
    }

    private static string? Text(long? amount) => amount?.ToString("N0", Infrastructure.SwedishTime.Culture);

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await plans.SheetAsync(Year, Version, ct) is not { } sheet) return false;
        Sheet = sheet;
        Versions = await plans.VersionsAsync(Year, ct);
        Offers = await offers.OffersAsync(Year, ct);
        Settings = await settings.SettingsAsync(ct);
        ParagraphLink = await plans.ParagraphLinkAsync(sheet.Budget.AdoptedParagraphId, ct);
        if (IsAdmin) Paragraphs = await plans.ParagraphsAsync(ct);
        return true;
    }

    public async Task<IActionResult> OnPostAdoptAsync([Bind(Prefix = nameof(Adopt))] AdoptInput input, int version, CancellationToken ct)
    {
        if (!IsAdmin) return Forbid();
        Adopt = input;
        Version = version;
        ModelState.Clear();
        return await AnswerAsync(await plans.AdoptAsync(Year, version, input, ct), nameof(Adopt), "faststalld", () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostReviseAsync(int version, CancellationToken ct)
    {
        if (!IsAdmin) return Forbid();
        var result = await plans.ReviseAsync(Year, version, ct);
        if (result.Succeeded) return Redirect($"/budget/{Year}?version={result.Value!.Version}&klart=reviderad");
        Version = version;
        return await AnswerAsync(result, "Revise", "reviderad", () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostOffersAsync([Bind(Prefix = nameof(OfferForm))] OffersInput input, CancellationToken ct)
    {
        if (!IsAdmin) return Forbid();
        OfferForm = input;
        ModelState.Clear();
        return await AnswerAsync(await offers.SaveOffersAsync(Year, input, ct), nameof(OfferForm), "bud", () => LoadAsync(ct));
    }

    /// <summary>Where a line's number comes from, as the sheet says it.</summary>
    /// <summary>Where a line's numbers come from, said only while they still follow their source (a proposal): adoption froze them.</summary>
    public string? SourceText(SheetLine line) => Sheet.Budget.State != BudgetState.Proposal ? null : line.Source switch
    {
        LineSource.FeeDecision => "från avgiftsbeslutet",
        LineSource.Intervention => "från insatsregistret",
        LineSource.Indexed => $"planen indexeras +{Settings.SalaryIndexPercent.ToString("0.##", Infrastructure.SwedishTime.Culture)} % per år",
        _ => null,
    };

    public IEnumerable<SheetColumn> Columns => Sheet.HasPrevious
        ? Enum.GetValues<SheetColumn>()
        : [SheetColumn.Budget, SheetColumn.Plan1, SheetColumn.Plan2];

    public string ColumnTitle(SheetColumn c) => c switch
    {
        SheetColumn.PreviousBudget => $"Budget {Year - 1}",
        SheetColumn.PreviousForecast => $"Prognos {Year - 1}",
        SheetColumn.Budget => $"Budget {Year}",
        SheetColumn.Plan1 => $"Plan {Year + 1}",
        _ => $"Plan {Year + 2}",
    };

    public static string Amount(long? value) => value is { } v ? v.ToString("N0", Infrastructure.SwedishTime.Culture) : "–";

    public static string Party(string code) => code switch
    {
        "state" => "staten",
        "region" => "regionen",
        _ => "kommunerna",
    };
}
