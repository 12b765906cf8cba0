namespace Platform.Features.Grants.Model;

internal enum PaymentAccountKind
{
    Bankgiro,
    Plusgiro,
}
