namespace Platform.Features.Fees.Invoicing;

/// <summary>What an invoicing run did, and the invoices it could not make (the others were made).</summary>
internal sealed record InvoicingRun(int Created, int Emailed, int Reminders, string? Skipped, IReadOnlyList<InvoicingFailureView> Failed)
{
    public static InvoicingRun Refused(string reason) => new(0, 0, 0, reason, []);
}
