using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Platform.Features.Grants.Model;
using Platform.Features.Grants.Payments;
using Platform.Features.Grants.Reports;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Tenancy;

namespace Platform.Features.Grants;

/// <summary>
/// The grants API. The stable contract is <c>GET /api/grants</c>: every application that is not a draft with
/// its state, the amount granted per year (kronor) and its payments with their status; integration clients read
/// it with the association's token. Beside it, the payments and reports the pages use: reads for the
/// association's readers, changes for admins.
/// </summary>
internal static class GrantsApi
{
    /// <summary>A payment in the contract: status "planned", "ready" or "paid"; paidOn yyyy-MM-dd or null.</summary>
    internal sealed record PaymentItem(Guid Id, int Year, long Amount, string Condition, string Status, string? PaidOn);

    /// <summary>An application in the contract; granted maps each year ("2024") to kronor, empty when nothing is granted.</summary>
    internal sealed record GrantItem(Guid Id, int Number, string Title, string Applicant, string State, IReadOnlyDictionary<string, long> Granted,
        IReadOnlyList<PaymentItem> Payments, long Paid, long Planned, long Remaining, long ToRepay);

    internal sealed record DueItem(Guid ApplicationId, int Number, string Title, string Applicant, string? AccountKind, string? Account,
        Guid PaymentId, int Year, long Amount, string Condition, string? ConditionMetOn);

    internal sealed record ReportItem(Guid Id, int Year, string Kind, string PeriodStart, string PeriodEnd, string DueOn, string State, bool Overdue, string? ApprovedOn, long? ToRepay);

    public static IEndpointRouteBuilder MapGrantsApi(this IEndpointRouteBuilder app)
    {
        var grants = app.MapGroup("/api/grants").TenantEndpoint().WithTags("Grants");
        grants.MapGet("", async (GrantPayments payments, CancellationToken ct) => TypedResults.Ok((await payments.ListAsync(ct)).Select(Item).ToList()))
            .Reads("Every funding application that is not a draft: id, number, title, applicant, state (camelCase), granted (year → kronor), payments (amount, status planned/ready/paid, paidOn), remaining.");
        grants.MapGet("payments/due", async (GrantPayments payments, CancellationToken ct) => TypedResults.Ok((await payments.DueAsync(ct)).Select(Due).ToList()))
            .Reads("The payments ready to be paid across all grants: recipient, bankgiro or plusgiro, amount (kronor), the day the condition was met.");
        grants.MapGet("{id:guid}/payments", async (Guid id, GrantPayments payments, CancellationToken ct) =>
                (await payments.ReadAsync(id, ct) is { } money ? Outcomes.Ok(Item(money)) : Outcomes.NotFound(GrantPayments.NoApplication)).Answer(Or.NotFound))
            .Reads("One application's grant and payments (the same item as the list).");
        grants.MapPost("{id:guid}/payments", async (Guid id, NewPaymentInput input, GrantPayments payments, CancellationToken ct) =>
                (await payments.AddAsync(id, input, ct)).Select(Payment).Answer(Or.Invalid, Or.NotFound, Or.Conflict))
            .Writes("Adds a planned payment: year (a granted year), amount (kronor, at most the remaining amount), condition (agreementSigned or reportApproved), notBefore (optional).");
        grants.MapPost("{id:guid}/payments/{paymentId:guid}/paid", async (Guid id, Guid paymentId, PayInput input, ClaimsPrincipal user, GrantPayments payments, CancellationToken ct) =>
                (await payments.PayAsync(id, paymentId, input, user.ActorName()!, ct)).Select(Payment).Answer(Or.Invalid, Or.NotFound, Or.Conflict))
            .Writes("Registers a ready payment as paid: paidOn (not in the future), amount (kronor; paid + planned never exceeds the grant). 409 when it is not ready.");
        grants.MapDelete("{id:guid}/payments/{paymentId:guid}/paid", async (Guid id, Guid paymentId, GrantPayments payments, CancellationToken ct) =>
                (await payments.UndoAsync(id, paymentId, ct)).Select(Payment).Answer(Or.NotFound, Or.Conflict))
            .Writes("Undoes a payment registered by mistake: it is planned again. 409 when it is not paid.");

        grants.MapGet("{id:guid}/reports", async (Guid id, GrantReports reports, CancellationToken ct) =>
                (await reports.ListAsync(id, ct) is { } list ? Outcomes.Ok(list.Select(Report).ToList()) : Outcomes.NotFound(GrantPayments.NoApplication)).Answer(Or.NotFound))
            .Reads("The reports of a grant with due dates and states; toRepay for an approved annual report.");
        grants.MapPost("{id:guid}/reports/{reportId:guid}/link", async (Guid id, Guid reportId, GrantReports reports, CancellationToken ct) =>
                (await reports.SendLinkAsync(id, reportId, ct)).Select(Report).Answer(Or.NotFound, Or.Conflict))
            .Writes("Emails the recipient a new link to the report form. 409 when the report is already submitted.");
        grants.MapPost("{id:guid}/reports/{reportId:guid}/review", async (Guid id, Guid reportId, ReviewInput input, ClaimsPrincipal user, GrantReports reports, CancellationToken ct) =>
                (await reports.ReviewAsync(id, reportId, input, user.ActorName()!, ct)).Select(Report).Answer(Or.Invalid, Or.NotFound, Or.Conflict))
            .Writes("The office has reviewed a submitted report (comment optional).");
        grants.MapPost("{id:guid}/reports/{reportId:guid}/return", async (Guid id, Guid reportId, ReviewInput input, ClaimsPrincipal user, GrantReports reports, CancellationToken ct) =>
                (await reports.ReturnAsync(id, reportId, input, user.ActorName()!, ct)).Select(Report).Answer(Or.Invalid, Or.NotFound, Or.Conflict))
            .Writes("Sends a report back with a comment (required) and a new link.");
        grants.MapPost("{id:guid}/reports/{reportId:guid}/approval", async (Guid id, Guid reportId, ApprovalInput input, GrantReports reports, CancellationToken ct) =>
                (await reports.ApproveAsync(id, reportId, input, ct)).Select(Report).Answer(Or.Invalid, Or.NotFound, Or.Conflict))
            .Writes("Records the board's approval of a reviewed report: approvedOn, paragraphId (optional). An approved annual report makes that year's payment ready.");
        return app;
    }

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static PaymentItem Payment(PaymentView p) =>
        new(p.Id, p.Year, p.Amount, Camel(p.Condition.ToString()), Camel(p.Status.ToString()), p.PaidOn is { } d ? Date(d) : null);

    private static GrantItem Item(GrantMoney m) => new(
        m.ApplicationId, m.Number, m.Title, m.Applicant, Camel(m.State.ToString()),
        m.Granted.ToDictionary(g => g.Key.ToString(CultureInfo.InvariantCulture), g => g.Value),
        [.. m.Payments.Select(Payment)], m.Paid, m.Planned, m.Remaining, m.TotalToRepay);

    private static DueItem Due(DuePayment p) => new(
        p.ApplicationId, p.Number, p.Title, p.Applicant, p.AccountKind is { } k ? Camel(k.ToString()) : null, p.Account,
        p.PaymentId, p.Year, p.Amount, Camel(p.Condition.ToString()), p.ConditionMetOn is { } d ? Date(d) : null);

    private static ReportItem Report(ReportSummary r) => new(
        r.Id, r.Year, Camel(r.Kind.ToString()), Date(r.PeriodStart), Date(r.PeriodEnd), Date(r.DueOn), Camel(r.State.ToString()), r.Overdue,
        r.ApprovedOn is { } a ? Date(a) : null, r.ToRepay);
}
