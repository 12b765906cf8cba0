using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Features.Fees.Model;
using Platform.Features.Fees.Overview;
using Platform.Features.Fees.Payments;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Fees.Invoicing;

/// <summary>One invoice as it was sent (printable), its payments and reminders; admins register payments and credit it.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Finance)]
internal sealed class InvoiceModel(FeeOverview overview, InvoiceIssuer invoicing, PaymentLedger payments, TenantDb db) : FeesPageModel
{
    public Invoice Invoice { get; private set; } = null!;
    public InvoiceView View { get; private set; } = null!;
    public List<Payment> PaymentsMade { get; private set; } = [];
    public List<InvoiceReminder> Reminders { get; private set; } = [];
    public Invoice? CreditNote { get; private set; }
    public CreditInput Credit { get; set; } = new();
    public PaymentInput NewPayment { get; set; } = new();

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await overview.InvoiceAsync(id, ct) is not var (invoice, view)) return false;
        Invoice = invoice;
        View = view;
        PaymentsMade = await db.Payments.AsNoTracking().Where(p => p.InvoiceId == id).OrderBy(p => p.PaidOn).ToListAsync(ct);
        Reminders = await db.InvoiceReminders.AsNoTracking().Where(r => r.InvoiceId == id).OrderBy(r => r.Level).ToListAsync(ct);
        CreditNote = await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.CreditsInvoiceId == id, ct);
        NewPayment.Invoice ??= invoice.Number.ToString(Infrastructure.SwedishTime.Culture);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCreditAsync(Guid id, [Bind(Prefix = nameof(Credit))] CreditInput input, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!IsAdmin) return Forbid();
        Credit = input;
        ModelState.Clear();
        return await AnswerAsync(await invoicing.CreditAsync(id, input.Reason, input.Reissue, User.ActorName()!, ct), nameof(Credit), "krediterad", () => LoadAsync(id, ct));
    }

    public async Task<IActionResult> OnPostPaymentAsync(Guid id, [Bind(Prefix = nameof(NewPayment))] PaymentForm input, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!IsAdmin) return Forbid();
        ModelState.Clear();
        NewPayment = input.ToInput(Invoice.Number);
        return await AnswerAsync(await payments.RegisterAsync(NewPayment, User.ActorName()!, ct), nameof(NewPayment), "betalning", () => LoadAsync(id, ct));
    }
}
