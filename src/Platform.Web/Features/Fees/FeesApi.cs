using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Features.Board;
using Platform.Infrastructure;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;
using Platform.Persistence;
using static Platform.Features.Board.BoardApi;

namespace Platform.Features.Fees;

public sealed class CreditInput
{
    public string? Reason { get; set; }
    /// <summary>Make a new invoice for the member and period at the next invoicing run (from the member's current details).</summary>
    public bool Reissue { get; set; }
}

/// <summary>
/// Membership fees: decisions per year (everyone of the association reads), invoices and payments
/// (admins, auditors and integration clients read), and every change (admins only).
/// </summary>
internal static class FeesApi
{
    public static IEndpointRouteBuilder MapFeesApi(this IEndpointRouteBuilder app)
    {
        var read = AccessPolicies.Api(AccessPolicies.Reader);
        var finance = AccessPolicies.Api(AccessPolicies.Finance);
        var write = AccessPolicies.Api(AccessPolicies.Admin);
        var api = app.MapGroup("/api").TenantEndpoint().WithTags("Fees");

        api.MapGet("fee-decisions", async (FeeDecisions d, CancellationToken ct) => TypedResults.Ok(await d.YearsAsync(ct)))
            .RequireAuthorization(read).WithSummary("The years that have a fee decision, newest first.");
        api.MapGet("fee-decisions/{year:int}", async (int year, FeeDecisions d, CancellationToken ct) =>
                await d.GetAsync(year, ct) is { } decision ? Results.Ok(FeeDecisions.View(decision)) : NotFound($"Det finns inget avgiftsbeslut för {year}."))
            .RequireAuthorization(read).Produces<FeeDecisionView>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The year's fee decision: total and each member's amount in whole kronor (largest remainder rounding; they add up to the total exactly).");
        api.MapPut("fee-decisions/{year:int}", async (int year, FeeDecisionInput input, ClaimsPrincipal user, FeeDecisions d, CancellationToken ct) =>
                Answer(Viewed(await d.SaveAsync(year, input, user.ActorName()!, ct))))
            .RequireAuthorization(write).Writes<FeeDecisionView>(
                "Saves the year's decision: total (kronor), municipalitySplit and regionSplit (Population or Fixed), populationDate, decidedOn, reference, and weights [{memberId, population | percent}]. A population left out comes from the member register. 409 while the year has uncredited invoices.");
        api.MapPost("fee-decisions/{year:int}/preview", async (int year, FeeDecisionInput input, ClaimsPrincipal user, FeeDecisions d, CancellationToken ct) =>
                Answer(Viewed(await d.PrepareAsync(year, input, user.ActorName()!, ct))))
            .RequireAuthorization(write).Writes<FeeDecisionView>("Computes the allocation of a decision without saving it.");
        api.MapGet("fee-overview/{year:int}", async (int year, FeeOverview o, CancellationToken ct) => TypedResults.Ok(await o.YearAsync(year, ct)))
            .RequireAuthorization(read).WithSummary("The year per member: allocation, invoiced, paid, outstanding and overdue, in öre.");

        api.MapGet("fee-settings", async (FeeSettingsStore s, CancellationToken ct) => TypedResults.Ok(await s.GetAsync(ct)))
            .RequireAuthorization(read).WithSummary("How the association invoices: schedule, invoice day, days to pay, VAT, reminders, the rule for members joining or leaving, and its invoice details.");
        api.MapPut("fee-settings", async (FeeSettingsInput input, FeeSettingsStore s, CancellationToken ct) => Answer(await s.SaveAsync(input, ct)))
            .RequireAuthorization(write).Writes<FeeSettings>("Saves the invoicing settings (schedule Yearly, HalfYearly or Quarterly; joinLeaveRule ProRataMonths or WholeYear; bankgiro and organisationsnummer are checked).");

        api.MapGet("invoices", async (int? year, FeeOverview o, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok((await o.InvoicesAsync(year ?? SwedishTime.Today(clock).Year, ct)).Select(i => i.View).ToList()))
            .RequireAuthorization(finance).WithSummary("The year's invoices and credit notes (this year unless ?year=YYYY): number, member, period, amount (kronor), OCR, dates and status (Unpaid, PartlyPaid, Paid, Overpaid, Overdue, Credited, CreditNote).");
        api.MapGet("invoices/{id:guid}", async (Guid id, FeeOverview o, CancellationToken ct) =>
                (await o.InvoicesAsync(null, ct, only: id)).FirstOrDefault() is { View: { } view } ? Results.Ok(view) : NotFound("Fakturan finns inte."))
            .RequireAuthorization(finance).Produces<InvoiceView>().WithSummary("One invoice or credit note.");
        api.MapGet("invoices/{id:guid}/pdf", async (Guid id, FeeOverview o, CancellationToken ct) =>
                (await o.InvoicesAsync(null, ct, only: id)).FirstOrDefault() is { Invoice: { } invoice }
                    ? Results.File(InvoicePdf.Render(invoice), "application/pdf", $"{FileName(invoice)}.pdf")
                    : NotFound("Fakturan finns inte."))
            .RequireAuthorization(finance).WithSummary("The invoice as a PDF.");
        api.MapGet("invoices/{id:guid}/e-invoice", async (Guid id, FeeOverview o, CancellationToken ct) =>
                (await o.InvoicesAsync(null, ct, only: id)).FirstOrDefault() is not { Invoice: { } invoice } ? NotFound("Fakturan finns inte.")
                : InvoiceUbl.CannotWrite(invoice) is { } reason ? Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Går inte just nu", detail: reason)
                : Results.File(InvoiceUbl.Write(invoice), "application/xml", $"{FileName(invoice)}.xml"))
            .RequireAuthorization(finance).WithSummary("The invoice as an e-invoice: Peppol BIS Billing 3.0, UBL 2.1 XML (Invoice, or CreditNote for a credit note).");
        api.MapPost("invoices/{id:guid}/credit", async (Guid id, CreditInput input, ClaimsPrincipal user, Invoicing i, CancellationToken ct) =>
                Answer(await i.CreditAsync(id, input.Reason, input.Reissue, user.ActorName()!, ct)))
            .RequireAuthorization(write).Writes<Invoice>("Credits an invoice in full with a credit note (reason required). reissue: the next invoicing run makes a new invoice for the period.");
        api.MapPost("invoicing/run", async (ClaimsPrincipal user, Invoicing i, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await i.RunAsync(SwedishTime.Today(clock), user.ActorName()!, ct)))
            .RequireAuthorization(write).RequireAntiforgeryForCookieWrites()
            .WithSummary("Makes the invoices that are due now (the morning job does the same at 07.00); a member never gets two for a period.");

        api.MapGet("payments", async (int? year, TenantDb db, TimeProvider clock, CancellationToken ct) => TypedResults.Ok(await PaymentsOfAsync(db, year ?? SwedishTime.Today(clock).Year, ct)))
            .RequireAuthorization(finance).WithSummary("The year's payments (by payment day), matched or not; amounts in öre.");
        api.MapPost("payments", async (PaymentInput input, ClaimsPrincipal user, Payments p, CancellationToken ct) =>
                Created(await p.RegisterAsync(input, user.ActorName()!, ct), x => $"/api/payments/{x.Id}"))
            .RequireAuthorization(write).Writes<Payment>("Registers a payment by hand: invoice (number or OCR), amount (kronor), paidOn.");
        api.MapPost("payments/bgmax", ImportAsync)
            .RequireAuthorization(write).Writes<ImportResult>("Imports a BgMax file from Bankgirot as multipart/form-data (field file). Payments are matched by OCR; the same file is never imported twice (409).")
            .Accepts<IFormFile>("multipart/form-data").DisableAntiforgery();
        api.MapPut("payments/{id:guid}/invoice", async (Guid id, MatchInput input, Payments p, CancellationToken ct) => Answer(await p.MatchAsync(id, input, ct)))
            .RequireAuthorization(write).Writes<Payment>("Matches a payment to an invoice (number or OCR).");
        return app;
    }

    private static string FileName(Invoice invoice) => $"{(invoice.Kind == InvoiceKind.CreditNote ? "Kreditfaktura" : "Faktura")}-{invoice.Number}";

    private static BoardResult<FeeDecisionView> Viewed(BoardResult<FeeDecision> result) =>
        result.Succeeded ? new(BoardOutcome.Ok, FeeDecisions.View(result.Value!), null, null) : new(result.Outcome, null, result.Errors, result.Message);

    private static async Task<List<Payment>> PaymentsOfAsync(TenantDb db, int year, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return await db.Payments.Where(p => p.PaidOn >= from && p.PaidOn <= to).OrderByDescending(p => p.PaidOn).ToListAsync(ct);
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, ClaimsPrincipal user, Payments payments, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["Skicka filen som multipart/form-data i fältet file."] }, title: "Uppgifterna innehåller fel");
        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file");
        if (file is null || file.Length > Payments.MaxFileBytes)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["Välj en BgMax-fil (högst 5 MB)."] }, title: "Uppgifterna innehåller fel");
        using var copy = new MemoryStream();
        await file.CopyToAsync(copy, ct);
        var result = await payments.ImportAsync(file.FileName, copy.ToArray(), user.ActorName()!, ct);
        return Created(result, r => $"/api/payments?import={r.ImportId}");
    }
}
