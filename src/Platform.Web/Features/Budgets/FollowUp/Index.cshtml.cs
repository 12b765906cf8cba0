using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Infrastructure;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Budgets.FollowUp;

/// <summary>The follow-up the board reads (and prints): budget against outcome and forecast to a month, per line, group and intervention, and the balance against the ceiling.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Reader)]
internal sealed class IndexModel(FollowUps followUps, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ar")] public int? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "manad")] public int? Month { get; set; }

    public int ShownYear { get; private set; }
    public int ShownMonth { get; private set; }
    public BudgetFollowUp? Report { get; private set; }
    public string? Problem { get; private set; }
    public string? MonthError { get; private set; }
    public string? YearError { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        ShownYear = Year ?? SwedishTime.Today(clock).Year;
        if (!BudgetYears.InRange(ShownYear))
        {
            YearError = BudgetYears.OutOfRange;
            ShownYear = SwedishTime.Today(clock).Year;
        }
        ShownMonth = Month ?? followUps.DefaultMonth(ShownYear);
        if (ShownMonth is < 1 or > 12)
        {
            MonthError = FollowUps.BadMonth;
            ShownMonth = followUps.DefaultMonth(ShownYear);
        }
        if (YearError is not null || MonthError is not null) Response.StatusCode = StatusCodes.Status400BadRequest;
        var result = await followUps.ForAsync(ShownYear, ShownMonth, ct);
        if (result.Succeeded) Report = result.Value;
        else Problem = result.Message;
    }
}
