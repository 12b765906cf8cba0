using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Features.Fees.Model;
using Platform.Features.Fees.Overview;
using Platform.Infrastructure;
using Platform.Infrastructure.Identity;

namespace Platform.Features.Fees.Invoicing;

/// <summary>The API of invoices and credit notes: lists, PDF, e-invoice, credit and the invoicing run.</summary>
internal static class InvoicesApi
{
    private const string NoInvoice = "Fakturan finns inte.";

    public static RouteGroupBuilder MapInvoicesApi(this RouteGroupBuilder api)
    {
        api.MapGet("invoices", async (int? year, FeeOverview o, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok((await o.InvoicesAsync(year ?? SwedishTime.Today(clock).Year, ct)).Select(i => i.View).ToList()))
            .Reads("The year's invoices and credit notes (this year unless ?year=YYYY): number, member, period, amount (kronor), OCR, dates and status (Unpaid, PartlyPaid, Paid, Overpaid, Overdue, Credited, CreditNote).", AccessPolicies.Finance);
        api.MapGet("invoices/{id:guid}", async Task<Results<Ok<InvoiceView>, NotFoundProblem>> (Guid id, FeeOverview o, CancellationToken ct) =>
                await o.InvoiceAsync(id, ct) is { View: var view } ? TypedResults.Ok(view) : Answers.NotFound(NoInvoice))
            .Reads("One invoice or credit note.", AccessPolicies.Finance);
        api.MapGet("invoices/{id:guid}/pdf", async Task<Results<FileContentHttpResult, NotFoundProblem>> (Guid id, FeeOverview o, CancellationToken ct) =>
                await o.InvoiceAsync(id, ct) is { Invoice: var invoice }
                    ? TypedResults.File(InvoicePdf.Render(invoice), "application/pdf", $"{FileName(invoice)}.pdf")
                    : Answers.NotFound(NoInvoice))
            .Reads("The invoice as a PDF.", AccessPolicies.Finance).Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        api.MapGet("invoices/{id:guid}/e-invoice", async Task<Results<FileContentHttpResult, NotFoundProblem, ConflictProblem>> (Guid id, FeeOverview o, CancellationToken ct) =>
                await o.InvoiceAsync(id, ct) is not { Invoice: var invoice } ? Answers.NotFound(NoInvoice)
                : InvoiceUbl.CannotWrite(invoice) is { } reason ? Answers.Conflict(reason)
                : TypedResults.File(InvoiceUbl.Write(invoice), "application/xml", $"{FileName(invoice)}.xml"))
            .Reads("The invoice as an e-invoice: Peppol BIS Billing 3.0, UBL 2.1 XML (Invoice, or CreditNote for a credit note).", AccessPolicies.Finance)
            .Produces(StatusCodes.Status200OK, contentType: "application/xml");
        api.MapPost("invoices/{id:guid}/credit", async (Guid id, CreditInput input, ClaimsPrincipal user, InvoiceIssuer i, CancellationToken ct) =>
                (await i.CreditAsync(id, input.Reason, input.Reissue, user.ActorName()!, ct)).Answer(Or.Invalid, Or.NotFound, Or.Conflict))
            .Writes("Credits an invoice in full with a credit note (reason required). reissue: the next invoicing run makes a new invoice for the period.");
        api.MapPost("invoicing/run", async (ClaimsPrincipal user, InvoiceIssuer i, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await i.RunAsync(SwedishTime.Today(clock), user.ActorName()!, ct)))
            .Writes("Makes the invoices that are due now (the morning job does the same at 07.00); a member never gets two for a period.");
        return api;
    }

    private static string FileName(Invoice invoice) => $"{(invoice.Kind == InvoiceKind.CreditNote ? "Kreditfaktura" : "Faktura")}-{invoice.Number}";
}
