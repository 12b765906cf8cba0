namespace Platform.Features.Grants.Model;

internal enum PaymentStatus
{
    Planned,
    Ready,
    Paid,
}
