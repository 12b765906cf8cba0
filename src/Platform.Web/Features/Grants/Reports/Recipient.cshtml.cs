using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Grants.Reports;

/// <summary>
/// The recipient's report form, reached from the emailed link without an account. A wrong key, another
/// association's, or one of a report already submitted: 404. After submitting, the page thanks (the link no longer works).
/// The antiforgery token is checked by the page (<see cref="PublicFormAntiforgery"/>), so that another association's key is 404 whoever sends it.
/// </summary>
[TenantEndpoint, AllowAnonymous, IgnoreAntiforgeryToken]
internal sealed class RecipientModel(RecipientReports recipient, AttemptLimiter limiter) : GrantReportsPageModel
{
    public RecipientForm Form { get; private set; } = null!;
    public ReportInput Report { get; set; } = new();
    public bool Submitted { get; private set; }

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct)
    {
        if (Done == "inskickad")
        {
            Submitted = true;
            return Page();
        }
        if (await recipient.FormAsync(key, ct) is not { } form) return NotFound();
        Form = form;
        Report = form.Saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key, [Bind(Prefix = nameof(Report))] ReportInput input, CancellationToken ct)
    {
        var antiforgery = await PublicFormAntiforgery.CheckAsync(HttpContext);
        if (antiforgery.RefuseBeforeKey) return BadRequest();
        if (await recipient.FormAsync(key, ct) is not { } form) return NotFound();
        if (!antiforgery.Valid) return BadRequest();
        if (!limiter.TryAttempt($"grant-report:{HttpContext.Connection.RemoteIpAddress}", 30, TimeSpan.FromMinutes(15)))
            return StatusCode(StatusCodes.Status429TooManyRequests);
        Form = form;
        Report = input;
        ModelState.Clear();
        var result = await recipient.SubmitAsync(key, input, ct);
        if (result.Succeeded) return RedirectToPage(null, null, new { key = "skickad", klart = "inskickad" }, null);
        return await AnswerAsync(result, nameof(Report), "inskickad", () => Task.CompletedTask);
    }
}
