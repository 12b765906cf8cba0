using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Budgets.Plan;

/// <summary>The budget's settings: salary index, the ceiling for the association's own capital, the annual member report's day.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Admin)]
internal sealed class SettingsModel(PlanSettings settings) : PlanPageModel
{
    public PlanSettingsInput Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var s = await settings.SettingsAsync(ct);
        Form = new PlanSettingsInput
        {
            SalaryIndexPercent = s.SalaryIndexPercent.ToString("0.##", Infrastructure.SwedishTime.Culture),
            CapitalCeilingPercent = s.CapitalCeilingPercent?.ToString("0.##", Infrastructure.SwedishTime.Culture),
            MemberReportMonth = s.MemberReportMonth.ToString(CultureInfo.InvariantCulture),
            MemberReportDay = s.MemberReportDay.ToString(CultureInfo.InvariantCulture),
        };
    }

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = nameof(Form))] PlanSettingsInput input, CancellationToken ct)
    {
        Form = input;
        ModelState.Clear();
        return await AnswerAsync(await settings.SaveSettingsAsync(input, ct), nameof(Form), "installningar", () => Task.CompletedTask);
    }

    public static readonly IReadOnlyList<string> Months =
        [.. Enumerable.Range(1, 12).Select(m => Infrastructure.SwedishTime.Culture.DateTimeFormat.GetMonthName(m))];
}
