using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Features.Grants.Model;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Grants.Payments;

/// <summary>
/// The payments of one application: granted per year, each payment with its status, the sums (paid,
/// planned, remaining) always shown, money to repay, and for the office a form that adds a planned payment.
/// </summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Reader)]
internal sealed class IndexModel(GrantPayments payments) : GrantPaymentsPageModel
{
    public GrantMoney Money { get; private set; } = null!;
    public NewPaymentInput NewPayment { get; set; } = new();

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await payments.ReadAsync(id, ct) is not { } money) return false;
        Money = money;
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        NewPayment = new NewPaymentInput { Year = Money.Granted.Keys.LastOrDefault().ToString(System.Globalization.CultureInfo.InvariantCulture), Condition = nameof(PaymentCondition.AgreementSigned) };
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(Guid id, [Bind(Prefix = nameof(NewPayment))] NewPaymentInput input, CancellationToken ct)
    {
        if (!IsAdmin) return Forbid();
        NewPayment = input;
        ModelState.Clear();
        return await AnswerAsync(await payments.AddAsync(id, input, ct), nameof(NewPayment), "planerad", async () => await LoadAsync(id, ct));
    }
}
