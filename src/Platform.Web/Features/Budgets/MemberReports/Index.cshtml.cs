using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Features.Budgets.Model;
using Platform.Infrastructure;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Budgets.MemberReports;

/// <summary>
/// /budget/medlemsrapporter?ar=2025: the members with the address their annual report goes to, the PDF of each,
/// whether it has gone, and (admins) "Skicka nu" after a confirmation.
/// </summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Reader)]
internal sealed class IndexModel(MemberReports reports, TenantDb db, TimeProvider clock) : FormPageModel
{
    protected override IReadOnlyDictionary<string, string> Confirmations => MemberReportTexts.Confirmations;

    [BindProperty(SupportsGet = true, Name = "ar")] public int? Year { get; set; }

    /// <summary>The member whose sending is to be confirmed (?skicka=id).</summary>
    [BindProperty(SupportsGet = true, Name = "skicka")] public Guid? ToConfirm { get; set; }

    public int ShownYear { get; private set; }
    public List<MemberReportRow> Members { get; private set; } = [];
    public MemberReportRow? Confirming { get; private set; }
    public BudgetSettings Settings { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The member's report for the year as a PDF.</summary>
    public async Task<IActionResult> OnGetPdfAsync(Guid medlem, CancellationToken ct)
    {
        var year = YearOf();
        return await reports.PdfAsync(medlem, year, ct) is { } file ? File(file.Pdf, "application/pdf", file.FileName) : NotFound();
    }

    public async Task<IActionResult> OnPostSendAsync(Guid medlem, CancellationToken ct)
    {
        if (!IsAdmin) return Forbid();
        var year = YearOf();
        var result = await reports.SendAsync(medlem, year, ct);
        if (result.Succeeded) return Redirect($"/budget/medlemsrapporter?ar={year}&klart=skickad");
        if (result.Kind == OutcomeKind.NotFound) return NotFound();
        Refusal = result.Message;
        Response.StatusCode = StatusCodes.Status409Conflict;
        ToConfirm = null;
        await LoadAsync(ct);
        return Page();
    }

    private int YearOf() => Year is { } y && BudgetYears.InRange(y) ? y : SwedishTime.Today(clock).Year - 1;

    private async Task LoadAsync(CancellationToken ct)
    {
        ShownYear = YearOf();
        Members = await reports.ListAsync(ShownYear, ct);
        Settings = await db.BudgetSettings.FindAsync([BudgetSettings.SingleId], ct) ?? new BudgetSettings();
        Confirming = IsAdmin && ToConfirm is { } id ? Members.FirstOrDefault(m => m.MemberId == id && m.Email is not null && m.SentAt is null) : null;
    }
}
