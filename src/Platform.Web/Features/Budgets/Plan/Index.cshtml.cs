using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using static Platform.Features.Budgets.Plan.PlanViews;

namespace Platform.Features.Budgets.Plan;

/// <summary>The years with a budget, and a new year's budget.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Reader)]
internal sealed class IndexModel(BudgetPlans plans) : PlanPageModel
{
    public IReadOnlyList<YearItem> Years { get; private set; } = [];
    public CreateBudgetInput Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Years = await plans.ListAsync(ct);
        Form = new CreateBudgetInput { Year = ((Years.Count > 0 ? Years.Max(y => y.Year) : plans.Today.Year) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) };
    }

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = nameof(Form))] CreateBudgetInput input, CancellationToken ct)
    {
        if (!IsAdmin) return Forbid();
        Form = input;
        ModelState.Clear();
        var result = await plans.CreateAsync(input, ct);
        if (result.Succeeded) return Redirect($"/budget/{result.Value!.Year}?klart=skapad");
        return await AnswerAsync(result, nameof(Form), "skapad", async () => Years = await plans.ListAsync(ct));
    }
}
