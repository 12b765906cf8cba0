using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Infrastructure;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Grants.Payments;

/// <summary>
/// One payment of a grant, for the office: "Betala ut" with the day and the amount when it is ready,
/// or, when it was registered by mistake, undoing it after a confirmation.
/// </summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Admin)]
internal sealed class PaymentModel(GrantPayments payments, TimeProvider clock) : GrantPaymentsPageModel
{
    public GrantMoney Money { get; private set; } = null!;
    public PaymentView Payment { get; private set; } = null!;
    public PayInput Pay { get; set; } = new();
    public string Back => $"/ansokningar/{Money.ApplicationId}/utbetalningar";

    private async Task<bool> LoadAsync(Guid id, Guid paymentId, CancellationToken ct)
    {
        if (await payments.ReadAsync(id, ct) is not { } money || money.Payments.FirstOrDefault(p => p.Id == paymentId) is not { } payment) return false;
        Money = money;
        Payment = payment;
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid paymentId, CancellationToken ct)
    {
        if (!await LoadAsync(id, paymentId, ct)) return NotFound();
        Pay = new PayInput { PaidOn = SwedishTime.Today(clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Amount = Payment.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return Page();
    }

    public async Task<IActionResult> OnPostPayAsync(Guid id, Guid paymentId, [Bind(Prefix = nameof(Pay))] PayInput input, CancellationToken ct)
    {
        if (!await LoadAsync(id, paymentId, ct)) return NotFound();
        Pay = input;
        ModelState.Clear();
        var result = await payments.PayAsync(id, paymentId, input, User.ActorName()!, ct);
        if (result.Succeeded) return Redirect($"{Back}?klart=utbetald");
        return await AnswerAsync(result, nameof(Pay), "utbetald", () => LoadAsync(id, paymentId, ct));
    }

    public async Task<IActionResult> OnPostUndoAsync(Guid id, Guid paymentId, CancellationToken ct)
    {
        if (!await LoadAsync(id, paymentId, ct)) return NotFound();
        var result = await payments.UndoAsync(id, paymentId, ct);
        if (result.Succeeded) return Redirect($"{Back}?klart=angrad");
        return await AnswerAsync(result, "Undo", "angrad", () => LoadAsync(id, paymentId, ct));
    }
}
