using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Features.Fees.Model;
using Platform.Features.Fees.Settings;
using Platform.Features.Members;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Fees.Decisions;

/// <summary>A year's fee decision: the total, how the quarters are split, each member's weight; preview, then save.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Admin)]
internal sealed class DecisionModel(FeeDecisions decisions, FeeSettingsStore settings) : FeesPageModel
{
    public int Year { get; private set; }
    public FeeDecisionInput Form { get; set; } = new();
    public List<WeightRow> Rows { get; set; } = [];
    public List<Member> Members { get; private set; } = [];
    public FeeDecisionView? Preview { get; private set; }
    public JoinLeaveRule Rule { get; private set; }

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct)
    {
        if (year is < 2000 or > 2100) return NotFound();
        await LoadAsync(year, ct);
        if (await decisions.GetAsync(year, ct) is { } saved)
        {
            Form = new FeeDecisionInput
            {
                Total = saved.Total,
                MunicipalitySplit = saved.MunicipalitySplit.ToString(),
                RegionSplit = saved.RegionSplit.ToString(),
                PopulationDate = saved.PopulationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DecidedOn = saved.DecidedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Reference = saved.Reference,
            };
            foreach (var row in Rows)
                if (saved.Shares.SingleOrDefault(s => s.MemberId == row.MemberId) is { } share)
                {
                    var split = share.Kind == MemberKind.Region ? saved.RegionSplit : saved.MunicipalitySplit;
                    if (split == SplitRule.Fixed) row.Percent = (share.Weight / 100m).ToString("0.##", Infrastructure.SwedishTime.Culture);
                    else row.Population = share.Weight.ToString(CultureInfo.InvariantCulture);
                }
            Preview = FeeDecisions.View(saved);
        }
        else Form = new FeeDecisionInput { MunicipalitySplit = nameof(SplitRule.Population), RegionSplit = nameof(SplitRule.Population), PopulationDate = $"{year - 1}-12-31" };
        return Page();
    }

    private async Task LoadAsync(int year, CancellationToken ct)
    {
        Year = year;
        Rule = (await settings.GetAsync(ct)).JoinLeaveRule;
        Members = await decisions.MembersAsync(year, ct);
        var posted = Rows;
        Rows = Members.Where(m => m.Kind != MemberKind.Government).Select(m => posted.FirstOrDefault(r => r.MemberId == m.Id) ?? new WeightRow
        {
            MemberId = m.Id,
            Population = m.Population?.ToString(CultureInfo.InvariantCulture),
        }).ToList();
    }

    private static FeeDecisionInput Input(FeeDecisionInput form, List<WeightRow> rows)
    {
        form.Weights = rows.Select(r => new FeeWeightInput
        {
            MemberId = r.MemberId,
            Population = SwedishNumber.ParseWhole(r.Population),
            Percent = SwedishNumber.ParseAmount(r.Percent),
        }).ToList();
        return form;
    }

    public async Task<IActionResult> OnPostPreviewAsync(int year, [Bind(Prefix = nameof(Form))] FeeDecisionInput form, [Bind(Prefix = nameof(Rows))] List<WeightRow> rows, CancellationToken ct) =>
        await HandleAsync(year, form, rows, save: false, ct);

    public async Task<IActionResult> OnPostAsync(int year, [Bind(Prefix = nameof(Form))] FeeDecisionInput form, [Bind(Prefix = nameof(Rows))] List<WeightRow> rows, CancellationToken ct) =>
        await HandleAsync(year, form, rows, save: true, ct);

    private async Task<IActionResult> HandleAsync(int year, FeeDecisionInput form, List<WeightRow> rows, bool save, CancellationToken ct)
    {
        if (year is < 2000 or > 2100) return NotFound();
        ModelState.Clear();
        Form = form;
        Rows = rows;
        var input = Input(form, rows);
        var result = save ? await decisions.SaveAsync(year, input, User.ActorName()!, ct) : await decisions.PrepareAsync(year, input, User.ActorName()!, ct);
        if (result.Succeeded)
        {
            if (save) return Redirect($"/avgifter?ar={year}&klart=avgiftsbeslut");
            await LoadAsync(year, ct);
            Preview = FeeDecisions.View(result.Value!);
            return Page();
        }
        return await AnswerAsync(result, nameof(Form), "avgiftsbeslut", () => LoadAsync(year, ct));
    }

    /// <summary>The error beside a member's row, if any.</summary>
    public string? RowError(Guid memberId, string field) =>
        ModelState.TryGetValue($"Form.Weights[{memberId}].{field}", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
