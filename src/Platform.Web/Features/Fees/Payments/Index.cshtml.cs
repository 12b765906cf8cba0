using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Features.Fees.Invoicing;
using Platform.Features.Fees.Model;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;

namespace Platform.Features.Fees.Payments;

/// <summary>Payments: import Bankgirot's BgMax file, register a payment by hand, match what did not match.</summary>
[TenantEndpoint, Authorize(Policy = AccessPolicies.Finance)]
internal sealed class IndexModel(PaymentLedger payments, TenantDb db) : FeesPageModel
{
    public List<Payment> Unmatched { get; private set; } = [];
    public List<(Payment Payment, int? Number)> Recent { get; private set; } = [];
    public List<PaymentImport> Imports { get; private set; } = [];
    public PaymentInput NewPayment { get; set; } = new();
    public ImportResult? Imported { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        Unmatched = await db.Payments.AsNoTracking().Where(p => p.InvoiceId == null && p.ReversedAt == null).OrderByDescending(p => p.PaidOn).ToListAsync(ct);
        // Matched payments, and reversed ones (matched or not): a reversed payment stays in sight, marked.
        var recent = await db.Payments.AsNoTracking().Where(p => p.InvoiceId != null || p.ReversedAt != null).OrderByDescending(p => p.RegisteredAt).ThenByDescending(p => p.PaidOn).Take(50).ToListAsync(ct);
        var ids = recent.Where(p => p.InvoiceId != null).Select(p => p.InvoiceId!.Value).Distinct().ToList();
        var numbers = await db.Invoices.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Number, ct);
        Recent = recent.Select(p => (p, p.InvoiceId is { } id ? (int?)numbers.GetValueOrDefault(id) : null)).ToList();
        Imports = await db.PaymentImports.AsNoTracking().OrderByDescending(i => i.ImportedAt).Take(20).ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (!IsAdmin) return Forbid();
        ModelState.Clear();
        byte[] content = [];
        if (file is { Length: > 0 and <= PaymentLedger.MaxFileBytes })
        {
            using var copy = new MemoryStream();
            await file.CopyToAsync(copy, ct);
            content = copy.ToArray();
        }
        else if (file is { Length: > PaymentLedger.MaxFileBytes }) content = new byte[PaymentLedger.MaxFileBytes + 1];
        var result = await payments.ImportAsync(file?.FileName ?? "", content, User.ActorName()!, ct);
        if (result.Succeeded)
        {
            // Stay on the page: what did not match is shown at once.
            Imported = result.Value;
            Done = "bgmax";
            await LoadAsync(ct);
            return Page();
        }
        return await AnswerAsync(result, "Import", "bgmax", () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostPaymentAsync([Bind(Prefix = nameof(NewPayment))] PaymentForm input, CancellationToken ct)
    {
        if (!IsAdmin) return Forbid();
        ModelState.Clear();
        NewPayment = input.ToInput();
        return await AnswerAsync(await payments.RegisterAsync(NewPayment, User.ActorName()!, ct), nameof(NewPayment), "betalning", () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostMatchAsync(Guid paymentId, string? invoice, CancellationToken ct)
    {
        if (!await db.Payments.AnyAsync(p => p.Id == paymentId, ct)) return NotFound();
        if (!IsAdmin) return Forbid();
        ModelState.Clear();
        return await AnswerAsync(await payments.MatchAsync(paymentId, new MatchInput { Invoice = invoice }, ct), $"Match{paymentId:N}", "matchad", () => LoadAsync(ct));
    }
}
