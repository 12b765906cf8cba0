namespace Platform.Features.Fees.Model;

internal enum PaymentSource
{
    Manual,
    BgMax,
}
