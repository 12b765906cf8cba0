namespace Platform.Features.Fees.Model;

internal enum InvoiceSchedule
{
    Yearly,
    HalfYearly,
    Quarterly,
}
