using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Infrastructure;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Interventions.Finsam;

/// <summary>Uppföljning Finsam for a year (?ar=); the same as a CSV for Excel is <see cref="CsvModel"/>.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Interventions)]
internal sealed class IndexModel(FinsamReport finsam, TimeProvider clock) : PageModel
{
    public FinsamYear? Report { get; private set; }
    public string Year { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string? ar, CancellationToken ct)
    {
        Year = ar ?? (SwedishTime.Today(clock).Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var outcome = await finsam.YearAsync(Year, ct);
        if (outcome.Kind == OutcomeKind.Invalid) ModelState.AddModelError("ar", outcome.Problem!);
        else Report = outcome.Value;
        return Page();
    }
}
