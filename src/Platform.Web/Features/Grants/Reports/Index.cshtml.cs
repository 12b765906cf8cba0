using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Features.Grants.Payments;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Grants.Reports;

/// <summary>The reports of one grant: due dates and states, "Skicka länk" for the office, and the money to repay.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Reader)]
internal sealed class IndexModel(GrantReports reports, GrantPayments payments) : GrantReportsPageModel
{
    public GrantMoney Money { get; private set; } = null!;
    public IReadOnlyList<ReportSummary> Reports { get; private set; } = [];

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await payments.ReadAsync(id, ct) is not { } money || await reports.ListAsync(id, ct) is not { } list) return false;
        Money = money;
        Reports = list;
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostLinkAsync(Guid id, Guid reportId, CancellationToken ct)
    {
        if (!IsAdmin) return Forbid();
        return await AnswerAsync(await reports.SendLinkAsync(id, reportId, ct), "Link", "lank", async () => await LoadAsync(id, ct));
    }
}
