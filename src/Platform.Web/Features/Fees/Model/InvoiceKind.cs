namespace Platform.Features.Fees.Model;

internal enum InvoiceKind
{
    Invoice,
    CreditNote,
}
