using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Features.Fees.Model;
using Platform.Infrastructure;
using Platform.Infrastructure.Identity;
using Platform.Persistence;

namespace Platform.Features.Fees.Payments;

/// <summary>The API of payments: by hand, from a BgMax file, and matched to invoices.</summary>
internal static class PaymentsApi
{
    public static RouteGroupBuilder MapPaymentsApi(this RouteGroupBuilder api)
    {
        api.MapGet("payments", async (int? year, TenantDb db, TimeProvider clock, CancellationToken ct) => TypedResults.Ok(await PaymentsOfAsync(db, year ?? SwedishTime.Today(clock).Year, ct)))
            .Reads("The year's payments (by payment day), matched or not, reversed ones included (reversedAt, reversedBy, reversalReason); amounts in öre.", AccessPolicies.Finance);
        api.MapPost("payments", async (PaymentInput input, ClaimsPrincipal user, PaymentLedger p, CancellationToken ct) =>
                (await p.RegisterAsync(input, user.ActorName()!, ct)).Created(x => $"/api/payments/{x.Id}", Or.Invalid))
            .Writes("Registers a payment by hand: invoice (number or OCR), amount (kronor), paidOn.");
        api.MapPost("payments/bgmax", ImportAsync)
            .Writes("Imports a BgMax file from Bankgirot as multipart/form-data (field file). Payments are matched by OCR; the same file is never imported twice (409).")
            .Accepts<IFormFile>("multipart/form-data").DisableAntiforgery();
        api.MapPut("payments/{id:guid}/invoice", async (Guid id, MatchInput input, PaymentLedger p, CancellationToken ct) => (await p.MatchAsync(id, input, ct)).Answer(Or.Invalid, Or.NotFound, Or.Conflict))
            .Writes("Matches a payment to an invoice (number or OCR). 409 for a reversed payment.");
        api.MapPost("payments/{id:guid}/reversal", async (Guid id, ReversalInput input, ClaimsPrincipal user, PaymentLedger p, CancellationToken ct) =>
                (await p.ReverseAsync(id, input, user.ActorName()!, ct)).Answer(Or.Invalid, Or.NotFound, Or.Conflict))
            .Writes("Reverses a wrongly registered payment (reason required). The payment stays, marked reversed with who, when and why, and no longer pays its invoice; 409 if it is already reversed.");
        return api;
    }

    private static async Task<List<Payment>> PaymentsOfAsync(TenantDb db, int year, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return await db.Payments.Where(p => p.PaidOn >= from && p.PaidOn <= to).OrderByDescending(p => p.PaidOn).ToListAsync(ct);
    }

    private static async Task<Results<Created<ImportResult>, ValidationProblem, ConflictProblem>> ImportAsync(HttpRequest request, ClaimsPrincipal user, PaymentLedger payments, CancellationToken ct)
    {
        if (!request.HasFormContentType) return Answers.Invalid("file", "Skicka filen som multipart/form-data i fältet file.");
        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file");
        if (file is null || file.Length > PaymentLedger.MaxFileBytes) return Answers.Invalid("file", "Välj en BgMax-fil (högst 5 MB).");
        using var copy = new MemoryStream();
        await file.CopyToAsync(copy, ct);
        return (await payments.ImportAsync(file.FileName, copy.ToArray(), user.ActorName()!, ct)).Created(r => $"/api/payments?import={r.ImportId}", Or.Invalid, Or.Conflict);
    }
}
