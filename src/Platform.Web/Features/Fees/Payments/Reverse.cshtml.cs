using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Features.Fees.Model;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Fees.Payments;

/// <summary>The confirmation step before a wrongly registered payment is reversed: what it is, and why (required).</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Admin)]
internal sealed class ReverseModel(PaymentLedger payments, TenantDb db) : FeesPageModel
{
    public Payment Payment { get; private set; } = null!;
    public Invoice? Invoice { get; private set; }
    public ReversalInput Reversal { get; set; } = new();

    /// <summary>Where the office came from and returns to: the invoice, or the payments page for a payment without one.</summary>
    public string Back => Invoice is { } i ? $"/avgifter/fakturor/{i.Id}" : "/avgifter/betalningar";

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) is not { } payment) return false;
        Payment = payment;
        Invoice = payment.InvoiceId is { } invoiceId ? await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Id == invoiceId, ct) : null;
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, [Bind(Prefix = nameof(Reversal))] ReversalInput input, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Reversal = input;
        ModelState.Clear();
        var result = await payments.ReverseAsync(id, input, User.ActorName()!, ct);
        if (result.Succeeded) return Redirect($"{Back}?klart=aterford");
        return await AnswerAsync(result, nameof(Reversal), "aterford", () => LoadAsync(id, ct));
    }
}
