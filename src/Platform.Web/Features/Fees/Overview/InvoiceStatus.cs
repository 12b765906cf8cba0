namespace Platform.Features.Fees.Overview;

/// <summary>Where an invoice stands. Amounts in the views are kronor with öre as decimals.</summary>
internal enum InvoiceStatus
{
    Unpaid,
    PartlyPaid,
    Paid,
    Overpaid,
    Overdue,
    Credited,
    CreditNote,
}
