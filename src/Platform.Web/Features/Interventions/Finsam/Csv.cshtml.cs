using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Interventions.Finsam;

/// <summary>Uppföljning Finsam for a year (?ar=) as a CSV for Excel: UTF-8 with BOM, semicolons, Swedish numbers.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Interventions)]
internal sealed class CsvModel(FinsamReport finsam) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? ar, CancellationToken ct)
    {
        var outcome = await finsam.YearAsync(ar, ct);
        if (outcome.Kind == OutcomeKind.Invalid) return BadRequest(outcome.Problem!);
        return File(FinsamCsv.Write(outcome.Value!), "text/csv; charset=utf-8", FinsamCsv.FileName(outcome.Value!.Year));
    }
}
