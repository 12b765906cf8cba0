using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Features.Fees.Decisions;
using Platform.Features.Fees.Invoicing;
using Platform.Features.Fees.Model;
using Platform.Features.Fees.Settings;
using Platform.Infrastructure;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Fees.Overview;

/// <summary>The year's fees: the decision and its split, and per member what is invoiced, paid and late. The board reads it; admins and auditors also see the invoices.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Person)]
internal sealed class IndexModel(FeeDecisions decisions, FeeOverview overview, FeeSettingsStore settings, InvoiceIssuer invoicing, TimeProvider clock) : FeesPageModel
{
    [BindProperty(SupportsGet = true, Name = "ar")] public int? Year { get; set; }

    public int ShownYear { get; private set; }
    public FeeDecisionView? Decision { get; private set; }
    public FeeYearOverview Overview { get; private set; } = null!;
    public List<InvoiceView> Invoices { get; private set; } = [];
    public List<int> Years { get; private set; } = [];
    public FeeSettings Settings { get; private set; } = null!;
    public bool SeesInvoices => User.IsInRole(Roles.Admin) || User.IsInRole(Roles.Auditor);
    public InvoicingRun? Run { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        var today = SwedishTime.Today(clock);
        ShownYear = Year is >= 2000 and <= 2100 ? Year.Value : today.Year;
        Settings = await settings.GetAsync(ct);
        Decision = await decisions.GetAsync(ShownYear, ct) is { } d ? FeeDecisions.View(d) : null;
        Overview = await overview.YearAsync(ShownYear, ct);
        if (SeesInvoices) Invoices = (await overview.InvoicesAsync(ShownYear, ct)).Select(i => i.View).ToList();
        Years = (await decisions.YearsAsync(ct)).Union([today.Year, today.Year + 1]).OrderDescending().ToList();
    }

    /// <summary>"Skapa fakturor som ska ut nu": the morning job's invoicing, at once.</summary>
    public async Task<IActionResult> OnPostRunAsync(CancellationToken ct)
    {
        if (!IsAdmin) return Forbid();
        Run = await invoicing.RunAsync(SwedishTime.Today(clock), User.ActorName()!, ct);
        if (Run.Skipped is { } reason)
        {
            Refusal = reason;
            Response.StatusCode = StatusCodes.Status409Conflict;
            await LoadAsync(ct);
            return Page();
        }
        return RedirectToPage(new { klart = "fakturakorning", ar = Year });
    }
}
