using Platform.Features.Fees.Model;

namespace Platform.Features.Fees.Invoicing;

/// <summary>An invoice a run could not make: for which member, what, and why (in Swedish).</summary>
internal sealed record InvoicingFailureView(Guid MemberId, string Member, string What, string Reason, DateTime FailedAt)
{
    public static InvoicingFailureView Of(InvoicingFailure failure) => new(failure.MemberId, failure.Member, failure.What, failure.Reason, failure.FailedAt);
}
