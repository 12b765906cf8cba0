using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Features.Board;
using Platform.Infrastructure;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Grants.Reports;

/// <summary>
/// One report of a grant: the figures, the costs beside the budget with the difference, the text; for the
/// office "Skicka länk", "Granskad", "Skicka tillbaka" and the board's approval ("Godkänn").
/// </summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Reader)]
internal sealed class ReportModel(GrantReports reports, TimeProvider clock) : GrantReportsPageModel
{
    public ReportDetail Report { get; private set; } = null!;
    public IReadOnlyList<BoardDecision> Paragraphs { get; private set; } = [];
    public ReviewInput Review { get; set; } = new();
    public ReviewInput Return { get; set; } = new();
    public ApprovalInput Approval { get; set; } = new();

    private async Task<bool> LoadAsync(Guid id, Guid reportId, CancellationToken ct)
    {
        if (await reports.DetailAsync(id, reportId, ct) is not { } report) return false;
        Report = report;
        if (IsAdmin) Paragraphs = await reports.ParagraphsAsync(ct);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid reportId, CancellationToken ct)
    {
        if (!await LoadAsync(id, reportId, ct)) return NotFound();
        Approval.ApprovedOn = SwedishTime.Today(clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostLinkAsync(Guid id, Guid reportId, CancellationToken ct)
    {
        if (!IsAdmin) return Forbid();
        return await AnswerAsync(await reports.SendLinkAsync(id, reportId, ct), "Link", "lank", () => LoadAsync(id, reportId, ct));
    }

    public async Task<IActionResult> OnPostReviewAsync(Guid id, Guid reportId, [Bind(Prefix = nameof(Review))] ReviewInput input, CancellationToken ct)
    {
        if (!IsAdmin) return Forbid();
        Review = input;
        ModelState.Clear();
        return await AnswerAsync(await reports.ReviewAsync(id, reportId, input, User.ActorName()!, ct), nameof(Review), "granskad", () => LoadAsync(id, reportId, ct));
    }

    public async Task<IActionResult> OnPostReturnAsync(Guid id, Guid reportId, [Bind(Prefix = nameof(Return))] ReviewInput input, CancellationToken ct)
    {
        if (!IsAdmin) return Forbid();
        Return = input;
        ModelState.Clear();
        return await AnswerAsync(await reports.ReturnAsync(id, reportId, input, User.ActorName()!, ct), nameof(Return), "tillbaka", () => LoadAsync(id, reportId, ct));
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id, Guid reportId, [Bind(Prefix = nameof(Approval))] ApprovalInput input, CancellationToken ct)
    {
        if (!IsAdmin) return Forbid();
        Approval = input;
        ModelState.Clear();
        return await AnswerAsync(await reports.ApproveAsync(id, reportId, input, ct), nameof(Approval), "godkand", () => LoadAsync(id, reportId, ct));
    }
}
