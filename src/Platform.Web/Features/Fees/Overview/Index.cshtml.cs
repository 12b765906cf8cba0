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
internal sealed class IndexModel(FeeDecisions decisions, FeeOverview overview, FeeSettingsStore settings, InvoiceIssuer invoicing, InvoicingFailures failures, TimeProvider clock)
    : FeesPageModel
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

    /// <summary>After a run (Post-Redirect-Get): how many invoices it made and emailed.</summary>
    [BindProperty(SupportsGet = true, Name = "skapade")] public int? RunCreated { get; set; }
    [BindProperty(SupportsGet = true, Name = "mejlade")] public int? RunEmailed { get; set; }
    [BindProperty(SupportsGet = true, Name = "misslyckade")] public int? RunFailed { get; set; }
    /// <summary>What the page says about the last run, instead of the general confirmation.</summary>
    public string? RunSummary { get; private set; }
    /// <summary>The next invoices: their period and day, and whether that year has a decision to invoice from.</summary>
    public InvoicePeriod NextPeriod { get; private set; } = null!;
    public bool NextHasDecision { get; private set; }
    /// <summary>The year's standing invoices and credit notes that could not be emailed: the member had no invoice email when they were made.</summary>
    public List<InvoiceView> NotEmailed { get; private set; } = [];
    /// <summary>The year's invoices (and reminders) that a run could not make, and why; a later run that succeeds removes them.</summary>
    public List<InvoicingFailureView> Failed { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        var today = SwedishTime.Today(clock);
        ShownYear = Year is >= 2000 and <= 2100 ? Year.Value : today.Year;
        Settings = await settings.GetAsync(ct);
        Decision = await decisions.GetAsync(ShownYear, ct) is { } d ? FeeDecisions.View(d) : null;
        Overview = await overview.YearAsync(ShownYear, ct);
        if (SeesInvoices)
        {
            var invoices = await overview.InvoicesAsync(ShownYear, ct);
            Invoices = invoices.Select(i => i.View).ToList();
            NotEmailed = invoices.Where(i => i.Invoice.EmailedAt is null && i.Invoice.BuyerEmail is null && i.View.Status != nameof(InvoiceStatus.Credited))
                .Select(i => i.View).ToList();
            Failed = await failures.ForYearAsync(ShownYear, ct);
        }
        Years = (await decisions.YearsAsync(ct)).Union([today.Year, today.Year + 1]).OrderDescending().ToList();
        NextPeriod = InvoicePeriod.NextAfter(today, Settings);
        NextHasDecision = NextPeriod.Year == ShownYear ? Decision is not null : await decisions.GetAsync(NextPeriod.Year, ct) is not null;
        if (Done == "fakturakorning" && RunCreated is { } created)
        {
            var emailed = Math.Min(RunEmailed ?? 0, created);
            RunSummary = created == 0
                ? "Fakturakörningen är klar: inga nya fakturor." + (RunFailed is > 0 ? "" : " Alla som skulle ut har redan skapats.")
                : $"Fakturakörningen är klar: {Count(created, "faktura", "fakturor")} skapade, {emailed} skickade med e-post."
                  + (created > emailed ? $" {Count(created - emailed, "faktura", "fakturor")} kunde inte skickas med e-post, se listan nedan." : "");
            if (RunFailed is > 0 and var failed)
                RunSummary += $" {Count(failed, "faktura", "fakturor")} kunde inte skapas, se listan nedan.";
            Done = null;
        }
    }

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";

    /// <summary>"Nästa fakturor skapas 2027-01-15 kl. 07.00 (Medlemsavgift 2027, kvartal 1)", and what is missing for it.</summary>
    public string NextInvoicing =>
        $"Nästa fakturor skapas {NextPeriod.InvoiceDate(Settings):yyyy-MM-dd} kl. 07.00 ({NextPeriod.Text})"
        + (NextHasDecision ? "." : $", när det finns ett avgiftsbeslut för {NextPeriod.Year}.");

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
        return RedirectToPage(new { klart = "fakturakorning", ar = Year, skapade = Run.Created, mejlade = Run.Emailed, misslyckade = Run.Failed.Count > 0 ? Run.Failed.Count : (int?)null });
    }
}
